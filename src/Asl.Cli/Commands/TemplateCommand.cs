using System.CommandLine;
using System.Globalization;
using Asl.Build.Metadata;
using Asl.Build.Output;
using Asl.Build.Template;
using Asl.Cli.Validate;
using Asl.Collections;
using Asl.Deployment;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Permissions;

namespace Asl.Cli.Commands;

/// <summary>
/// <c>asl template DEFINITION.asl.json...</c>: writes the SAM template a C# project's build writes, for definitions
/// kept as ASL files: one state machine per file, its DefinitionSubstitutions, the least-privilege IAM derived from
/// its Tasks (the same derivation the generator records), and the deployment settings the options give. Exit 0
/// when it wrote the template; 2 when an input or option is unusable (nothing is written then).
/// </summary>
internal static class TemplateCommand
{
    /// <summary>The parsed options of one <c>asl template</c>.</summary>
    private sealed record Options(
        IReadOnlyList<string> Definitions,
        string Output,
        string? Name,
        WorkflowType Type,
        IReadOnlyList<string> Substitutions,
        IReadOnlyList<string> Tags,
        DeploymentSettings Settings);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var definitions = new Argument<string[]>("definitions")
        {
            Description = "ASL definition files; each becomes a state machine named after its file (order.asl.json: order).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "The template to write (default: template.yaml).", HelpName = "FILE" };
        var name = new Option<string>("--name", "-n") { Description = "The state machine's name, for a single definition (default: its file name without .asl.json).", HelpName = "NAME" };
        var type = new Option<WorkflowType>("--type", "-t")
        {
            Description = "The type of every state machine (default: STANDARD).",
            HelpName = "STANDARD|EXPRESS",
            DefaultValueFactory = _ => WorkflowType.Standard,
        };
        type.Validators.Add(EnumValidation.RejectUndefined);
        var substitutions = new Option<string[]>("--substitution", "-s")
        {
            Description = "Fill ${NAME} with VALUE instead of asking for it as a template parameter (repeatable).",
            HelpName = "NAME=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var logLevel = new Option<string>("--log-level") { Description = "Log executions to CloudWatch Logs at this level (default: OFF).", HelpName = "OFF|ALL|ERROR|FATAL" };
        var logData = new Option<bool>("--log-execution-data") { Description = "Include inputs, outputs and parameters in the log records." };
        var logGroup = new Option<string>("--log-group") { Description = "Log to this existing log group (a name, an ARN or a ${Placeholder}); default: a log group the template creates.", HelpName = "GROUP" };
        var retention = new Option<int>("--log-retention-days") { Description = "Keep the records of the log group the template creates this many days (default: forever).", HelpName = "DAYS" };
        var tracing = new Option<bool>("--tracing") { Description = "Trace executions with AWS X-Ray." };
        var tags = new Option<string[]>("--tag") { Description = "Tag every state machine (repeatable).", HelpName = "KEY=VALUE" };
        var role = new Option<string>("--role-arn") { Description = "Run as this existing IAM role (an ARN or a ${Placeholder}) instead of a generated one; it must allow what the machines call.", HelpName = "ARN" };
        var key = new Option<string>("--kms-key-arn") { Description = "Encrypt definitions and execution data with this customer managed KMS key (an ARN or a ${Placeholder}).", HelpName = "ARN" };
        var reuse = new Option<int>("--kms-reuse-seconds") { Description = "How long Step Functions reuses a data key of --kms-key-arn, 60 to 900 seconds (default: 300).", HelpName = "SECONDS" };
        var alias = new Option<string>("--alias") { Description = "Publish a new version behind this alias whenever a machine changes.", HelpName = "NAME" };

        var command = new Command("template", "Write a SAM template that deploys ASL definition files, with the least-privilege IAM their tasks need.")
        {
            definitions, output, name, type, substitutions, logLevel, logData, logGroup, retention, tracing, tags, role, key, reuse, alias,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(name) is not null && result.GetValue(definitions) is { Length: > 1 })
                result.AddError("--name names the state machine of a single definition; with several, each is named after its file.");
        });
        command.SetAction(parse =>
        {
            var settings = new DeploymentSettings
            {
                LogLevel = (parse.GetValue(logLevel) ?? LogLevels.Off).ToUpperInvariant(),
                LogExecutionData = parse.GetValue(logData),
                LogGroup = parse.GetValue(logGroup),
                LogRetentionDays = parse.GetValue(retention),
                Tracing = parse.GetValue(tracing),
                RoleArn = parse.GetValue(role),
                KmsKeyArn = parse.GetValue(key),
                KmsDataKeyReusePeriodSeconds = parse.GetValue(reuse),
                Alias = parse.GetValue(alias),
            };
            return Run(new Options(parse.GetValue(definitions)!, parse.GetValue(output) ?? "template.yaml", parse.GetValue(name), parse.GetValue(type),
                parse.GetValue(substitutions) ?? [], parse.GetValue(tags) ?? [], settings), stdout, stderr);
        });
        return command;
    }

    private static int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        var usable = true;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var substitution in options.Substitutions)
        {
            if (Split(substitution) is var (placeholder, value) && placeholder.Length > 0) values[placeholder] = value;
            else usable = Fail(stderr, $"--substitution '{substitution}' is no NAME=VALUE pair.");
        }
        var tags = new List<DeploymentTag>();
        foreach (var tag in options.Tags)
        {
            if (Split(tag) is var (key, value)) tags.Add(new DeploymentTag(key, value));
            else usable = Fail(stderr, $"--tag '{tag}' is no KEY=VALUE pair (write KEY= for an empty value).");
        }
        var settings = options.Settings with { Tags = tags.ToEquatableArray() };
        foreach (var problem in SettingsValidator.Validate(settings))
        {
            if (problem.IsError) usable = Fail(stderr, $"{Option(problem.Setting)}: {problem.Message}");
            else stderr.WriteLine($"asl template: warning: {Option(problem.Setting)}: {problem.Message}");
        }

        var outputPath = Path.GetFullPath(options.Output);
        var outputFolder = Path.GetDirectoryName(outputPath)!;
        var machines = new List<PlannedMachine>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var validator = new FileValidator(new ValidateSettings(options.Definitions.ToArray(), OutputFormat.Text, SeverityThreshold.Error, options.Type));
        foreach (var path in options.Definitions)
        {
            var fullPath = Path.GetFullPath(path);
            var kind = File.Exists(fullPath) ? InputKind.File : Directory.Exists(fullPath) ? InputKind.Unreadable : InputKind.Missing;
            var report = validator.Check(new InputFile(path, fullPath, kind) { Problem = kind == InputKind.Unreadable ? "It is a directory; asl template takes definition files." : null });
            if (!report.IsValid)
            {
                foreach (var finding in report.Findings) stderr.WriteLine(TextReportWriter.Format(report.Path, finding));
                usable = Fail(stderr, $"'{path}' cannot be deployed; fix the {(report.Findings.Count == 1 ? "error" : "errors")} above ('asl validate {path}' checks it).");
                continue;
            }
            var read = AslReader.ReadFile(fullPath);
            if (read.Machine is not { } machine)
            {
                usable = Fail(stderr, $"'{path}' could not be read again after it was checked; try once more.");
                continue;
            }
            var name = options.Name ?? DefinitionNames.MachineNameFor(path);
            if (names.TryGetValue(name, out var other))
            {
                usable = Fail(stderr, $"'{path}' and '{other}' would both be the state machine '{name}'; rename one of the files.");
                continue;
            }
            names[name] = path;

            var permissions = PermissionDeriver.Derive(machine, settings);
            foreach (var note in permissions.Notes) stderr.WriteLine(Format(path, note, read.Locations));
            var type = options.Type == WorkflowType.Express ? "EXPRESS" : "STANDARD";
            var artifact = new MachineArtifact(name, type, File.ReadAllText(fullPath), DefinitionPlaceholder.Of(machine), permissions, settings);
            machines.Add(new PlannedMachine(artifact, Path.GetRelativePath(outputFolder, fullPath).Replace('\\', '/')));
        }
        if (!usable) return ExitCodes.InputError;

        var sources = string.Join(", ", machines.Select(m => m.FileName));
        var header = new[]
        {
            $"Written by asl template from {sources}: run it again rather than editing this file.",
            "Deploy with: sam deploy --guided (from this folder). See docs/deploy.md.",
        };
        var (text, findings) = SamTemplate.Write(machines, [], string.Join(", ", machines.Select(m => m.Machine.Name)), "./", header, values);
        foreach (var finding in findings) stderr.WriteLine($"{options.Output}: warning {finding.Code}: {finding.Message}");
        try
        {
            FileSync.WriteIfChanged(outputPath, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Fail(stderr, $"cannot write '{options.Output}': {e.Message}");
            return ExitCodes.InputError;
        }
        stdout.WriteLine($"asl template: wrote {options.Output} ({machines.Count.ToString(CultureInfo.InvariantCulture)} state machine{(machines.Count == 1 ? "" : "s")}: {string.Join(", ", machines.Select(m => m.Machine.Name))}).");
        return ExitCodes.Valid;
    }

    /// <summary>A permission note in compiler form, at the line and column of the field (or state) it is about.</summary>
    private static string Format(string path, PermissionNote note, SourceMap locations)
    {
        var severity = note.Kind == PermissionNoteKind.Broadened ? AslSeverity.Info : AslSeverity.Warning;
        var located = locations.TryGetLocation(note.Pointer, out var line, out var column);
        var finding = new Finding(new AslDiagnostic(note.Code, severity, note.Message, note.Pointer), located ? line : null, located ? column : null);
        return TextReportWriter.Format(path, finding);
    }

    private static (string Key, string Value)? Split(string pair)
    {
        var equals = pair.IndexOf('=');
        return equals < 0 ? null : (pair[..equals], pair[(equals + 1)..]);
    }

    /// <summary>The command-line option that sets a deployment setting.</summary>
    private static string Option(string setting) => setting switch
    {
        nameof(DeploymentSettings.LogLevel) => "--log-level",
        nameof(DeploymentSettings.LogExecutionData) => "--log-execution-data",
        nameof(DeploymentSettings.LogGroup) => "--log-group",
        nameof(DeploymentSettings.LogRetentionDays) => "--log-retention-days",
        nameof(DeploymentSettings.RoleArn) => "--role-arn",
        nameof(DeploymentSettings.KmsKeyArn) => "--kms-key-arn",
        nameof(DeploymentSettings.KmsDataKeyReusePeriodSeconds) => "--kms-reuse-seconds",
        nameof(DeploymentSettings.Alias) => "--alias",
        _ => "--tag",
    };

    private static bool Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"asl template: {message}");
        return false;
    }
}
