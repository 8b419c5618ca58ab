using System.CommandLine;

namespace Asl.Cli.Validate;

/// <summary>The <c>asl validate FILE...</c> command: its options, and the run that ties inputs, checks and output together.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Definition files to check, or directories to search recursively for *.json files (*.asl.json included).",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(RejectOptionLikePaths);
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: text (compiler-style lines and a summary) or json (one document).",
            HelpName = "text|json",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var severity = new Option<SeverityThreshold>("--severity", "-s")
        {
            Description = "Lowest severity to report: error (default), warning (errors and warnings) or info (everything). Only errors make a file invalid.",
            HelpName = "error|warning|info",
            DefaultValueFactory = _ => SeverityThreshold.Error,
        };
        var type = new Option<WorkflowType>("--type", "-t")
        {
            Description = "Workflow type to validate for: STANDARD (default) or EXPRESS (rejects .sync, .waitForTaskToken and activities).",
            HelpName = "STANDARD|EXPRESS",
            DefaultValueFactory = _ => WorkflowType.Standard,
        };
        foreach (var option in new Option[] { format, severity, type }) option.Validators.Add(EnumValidation.RejectUndefined);
        var allWarningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Report every warning as an error, so that it makes its file invalid (exit code 1).",
        };
        var warningAsError = new Option<string[]>("--warning-as-error")
        {
            Description = "Report the warnings of this rule as errors; repeat the option or separate codes with commas (ASL1255,ASL1353).",
            HelpName = "CODE",
        };
        warningAsError.Validators.Add(result =>
        {
            foreach (var code in Codes(result.Tokens.Select(t => t.Value)))
            {
                if (Asl.Diagnostics.AslRules.Find(code) is not { } rule) result.AddError($"--warning-as-error: '{code}' is not a rule code (see docs/rules).");
                else if (rule.Severity == Asl.Diagnostics.AslSeverity.Error) result.AddError($"--warning-as-error: {code} is already an error.");
            }
        });

        var command = new Command("validate", "Check Amazon States Language definitions against the rule catalogue (docs/rules).")
        {
            paths,
            format,
            severity,
            type,
            allWarningsAsErrors,
            warningAsError,
        };
        command.SetAction(parse => Run(
            new ValidateSettings(parse.GetValue(paths) ?? [], parse.GetValue(format), parse.GetValue(severity), parse.GetValue(type))
            {
                WarningsAsErrors = parse.GetValue(allWarningsAsErrors) ? new HashSet<string>()
                    : Codes(parse.GetValue(warningAsError) ?? []).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } codes ? codes : null,
            },
            stdout));
        return command;
    }

    /// <summary>The rule codes given to --warning-as-error, each value possibly a comma-separated list.</summary>
    private static IEnumerable<string> Codes(IEnumerable<string> values) =>
        values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// The parser hands tokens it does not know as options to the paths argument; a misspelled option must be
    /// a usage error, not a missing file. A file whose name starts with '-' can still be named as ./-name.json.
    /// </summary>
    internal static void RejectOptionLikePaths(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.StartsWith('-')) result.AddError($"Unrecognized option '{token.Value}'. To name a file that starts with '-', write ./{token.Value}.");
        }
    }

    /// <summary>Checks every input and prints the reports; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(ValidateSettings settings, TextWriter stdout)
    {
        var inputs = InputFiles.Expand(settings.Paths);
        IReportWriter writer = settings.Format == OutputFormat.Json ? new JsonReportWriter(stdout) : new TextReportWriter(stdout);
        var validator = new FileValidator(settings);
        return ValidationRunner.Run(inputs, validator.Check, writer, Environment.ProcessorCount).ExitCode;
    }
}
