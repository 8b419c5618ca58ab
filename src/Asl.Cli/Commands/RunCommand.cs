using System.CommandLine;
using System.Text;
using Asl.Api;
using Asl.Cli.Validate;
using Asl.Json;
using Asl.Local;
using Asl.Local.Json;
using Asl.Local.Scheduling;
using Asl.Model;

namespace Asl.Cli.Commands;

/// <summary>
/// <c>asl run DEFINITION.json</c>: runs one execution on the local engine and prints its outcome as one JSON
/// document. Exit 0 when the execution ran (whatever its status); 2 when the input is unusable (a file that
/// cannot be read, a definition with errors, input that is not JSON, a broken mock configuration).
/// </summary>
internal static class RunCommand
{
    /// <summary>The parsed options of one <c>asl run</c>.</summary>
    private sealed record Settings(
        string Definition,
        string? Input,
        string? InputFile,
        string? MockConfig,
        string? TestCase,
        string? SubstitutionsFile,
        IReadOnlyList<string> Substitutions,
        bool RealTime,
        bool History,
        string? S3Directory);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var definition = new Argument<string>("definition") { Description = "The state machine definition (ASL JSON) to run." };
        var input = new Option<string>("--input", "-i")
        {
            Description = "The execution input as JSON text (default {}).",
            HelpName = "JSON",
        };
        var inputFile = new Option<string>("--input-file")
        {
            Description = "A file holding the execution input as JSON.",
            HelpName = "FILE",
        };
        var mockConfig = new Option<string>("--mock-config")
        {
            Description = "Mocked task responses in AWS Step Functions Local's MockConfigFile format.",
            HelpName = "FILE",
        };
        var testCase = new Option<string>("--test-case")
        {
            Description = "The test case of the mock configuration to run with; needed only when it defines more than one.",
            HelpName = "NAME",
        };
        var substitutionsFile = new Option<string>("--substitutions")
        {
            Description = "A JSON file of ${...} placeholder values, for example {\"OrdersTable\": \"orders\"}.",
            HelpName = "FILE",
        };
        var substitution = new Option<string[]>("--substitution", "-s")
        {
            Description = "The value of one ${NAME} placeholder of the definition (repeatable; wins over --substitutions).",
            HelpName = "NAME=VALUE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var realTime = new Option<bool>("--real-time") { Description = "Let Wait states, retry intervals and timeouts take real time (default: a virtual clock, so they take none)." };
        var history = new Option<bool>("--history") { Description = "Add the execution history (GetExecutionHistory's events) to the output." };
        var s3Dir = S3Folder.CreateOption();

        var command = new Command("run", "Run one execution of a definition on the local engine and print its status and output (or error and cause) as JSON.")
        {
            definition, input, inputFile, substitution, substitutionsFile, mockConfig, testCase, realTime, history, s3Dir,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(input) is not null && result.GetResult(inputFile) is not null)
                result.AddError("Give the input either with --input or with --input-file, not both.");
            if (result.GetResult(testCase) is not null && result.GetResult(mockConfig) is null)
                result.AddError("--test-case selects a test case of the mock configuration; give the configuration with --mock-config.");
        });
        command.SetAction((parse, cancellation) => RunAsync(
            new Settings(
                parse.GetValue(definition)!,
                parse.GetValue(input),
                parse.GetValue(inputFile),
                parse.GetValue(mockConfig),
                parse.GetValue(testCase),
                parse.GetValue(substitutionsFile),
                parse.GetValue(substitution) ?? [],
                parse.GetValue(realTime),
                parse.GetValue(history),
                parse.GetValue(s3Dir)),
            stdout, stderr, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        using var signals = new TerminationSignals(cancellation);
        cancellation = signals.Token;
        if (!TryReadDefinition(settings.Definition, stderr, out var machine)) return ExitCodes.InputError;
        if (!TryReadInput(settings, stderr, out var input)) return ExitCodes.InputError;
        if (!TryReadSubstitutions(settings, machine, stderr, out var definitionText, out var values)) return ExitCodes.InputError;
        MockConfigFile? mocks = null;
        if (settings.MockConfig is { } mockPath && !MockConfigFile.TryLoad(mockPath, out mocks, out var problem))
        {
            stderr.WriteLine($"asl run: {problem}");
            return ExitCodes.InputError;
        }
        if (!TryChooseMachineName(settings, mocks, stderr, out var name, out var testCase)) return ExitCodes.InputError;
        if (!S3Folder.TryOpen(settings.S3Directory, "run", stderr, out var s3)) return ExitCodes.InputError;

        using var engine = new LocalEngine(new LocalEngineOptions
        {
            ClockMode = settings.RealTime ? ClockMode.Real : ClockMode.Virtual,
            MockConfig = mocks?.Config,
            S3 = s3,
        });
        var registered = values.Count == 0 ? engine.RegisterStateMachine(name, machine) : engine.RegisterStateMachine(name, definitionText!, values);
        var started = engine.StartExecution(testCase is null ? registered.StateMachineArn : registered.StateMachineArn + "#" + testCase, input);
        if (settings.RealTime)
        {
            stderr.WriteLine("asl run: running on the real clock; press Ctrl+C to stop the execution.");
            stderr.Flush();
        }

        ExecutionSnapshot execution;
        var exitCode = 0;
        try
        {
            execution = await engine.RunToCompletionAsync(started.ExecutionArn, cancellation);
        }
        catch (EngineStalledException stalled)
        {
            // Nothing can send the token a task waits for: no API is served during 'asl run'.
            stderr.WriteLine($"asl run: {stalled.Message}");
            stderr.WriteLine("asl run: the execution was stopped. Mock the state with --mock-config, or run it under 'asl serve' and send the token with SendTaskSuccess.");
            engine.StopExecution(started.ExecutionArn, "Asl.ExecutionStalled", stalled.Message);
            execution = engine.DescribeExecution(started.ExecutionArn);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            stderr.WriteLine("asl run: interrupted; the execution was stopped.");
            engine.StopExecution(started.ExecutionArn, "Asl.Interrupted", "asl run was interrupted (Ctrl+C or SIGTERM) before the execution ended.");
            execution = engine.DescribeExecution(started.ExecutionArn);
            exitCode = 130;
        }

        var history = settings.History ? engine.GetExecutionHistory(started.ExecutionArn) : null;
        stdout.WriteLine(RunReport.Write(execution, history));
        stdout.Flush();
        if (NothingAnswered(execution))
            stderr.WriteLine("asl run: no Lambda function or service runs here; mock the state's answer in a Step Functions Local mock configuration and pass it with --mock-config FILE.");
        if (settings.S3Directory is null && S3Missing(execution))
            stderr.WriteLine("asl run: the engine's S3 is empty; put the objects in a folder (DIR/bucket/key) and pass it with --s3-dir DIR.");
        return exitCode;
    }

    /// <summary>Reads and validates the definition; prints the findings as <c>asl validate</c> does when it has errors.</summary>
    private static bool TryReadDefinition(string path, TextWriter stderr, out StateMachine machine)
    {
        machine = null!;
        var validator = new FileValidator(new ValidateSettings([path], OutputFormat.Text, SeverityThreshold.Error, WorkflowType.Standard));
        var fullPath = Path.GetFullPath(path);
        var kind = File.Exists(fullPath) ? InputKind.File : Directory.Exists(fullPath) ? InputKind.Unreadable : InputKind.Missing;
        var file = new InputFile(path, fullPath, kind) { Problem = kind == InputKind.Unreadable ? "It is a directory; asl run takes one definition file." : null };
        var report = validator.Check(file);
        if (!report.IsValid)
        {
            foreach (var finding in report.Findings) stderr.WriteLine(TextReportWriter.Format(report.Path, finding));
            stderr.WriteLine($"asl run: the definition cannot run; fix the {(report.Findings.Count == 1 ? "error" : "errors")} above ('asl validate {path}' checks it).");
            return false;
        }

        var read = AslReader.ReadFile(fullPath);
        if (read.Machine is null)
        {
            // The file changed or vanished between the check and this read.
            stderr.WriteLine($"asl run: '{path}' could not be read again after it was checked; try once more.");
            return false;
        }
        machine = read.Machine;
        return true;
    }

    /// <summary>The placeholder values, checked against the definition's placeholders (its text is read only when some are given).</summary>
    private static bool TryReadSubstitutions(Settings settings, StateMachine machine, TextWriter stderr, out string? definitionText, out Dictionary<string, string> values)
    {
        definitionText = null;
        if (!Substitutions.TryRead(settings.SubstitutionsFile, settings.Substitutions, out values, out var problem))
        {
            stderr.WriteLine($"asl run: {problem}");
            return false;
        }
        var placeholders = Substitutions.In(machine);
        if (Substitutions.Unknown(placeholders, values, settings.Definition) is { } unknown)
        {
            stderr.WriteLine($"asl run: {unknown}");
            return false;
        }
        if (Substitutions.Unfilled(placeholders, values) is { } unfilled) stderr.WriteLine($"asl run: {unfilled}");
        if (values.Count > 0) definitionText = File.ReadAllText(settings.Definition);
        return true;
    }

    /// <summary>The execution failed because a task reached a Lambda function or resource that has neither a handler nor a mock here.</summary>
    private static bool S3Missing(ExecutionSnapshot execution) =>
        execution.Status == ExecutionStatus.Failed
        && execution.Error is "S3.NoSuchBucketException" or "S3.NoSuchKeyException" or ErrorNames.ItemReaderFailed or ErrorNames.ResultWriterFailed
        && execution.Cause?.StartsWith("The specified ", StringComparison.Ordinal) == true;

    private static bool NothingAnswered(ExecutionSnapshot execution) =>
        execution.Status == ExecutionStatus.Failed
        && (execution.Error == "Lambda.ResourceNotFoundException" || execution.Cause?.Contains("has no handler or mock for", StringComparison.Ordinal) == true);

    private static bool TryReadInput(Settings settings, TextWriter stderr, out string input)
    {
        input = settings.Input ?? "{}";
        var source = "--input";
        if (settings.InputFile is { } path)
        {
            source = $"--input-file '{path}'";
            try
            {
                input = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
            {
                stderr.WriteLine(e is FileNotFoundException or DirectoryNotFoundException
                    ? $"asl run: the input file '{path}' does not exist."
                    : $"asl run: the input file '{path}' cannot be read: {e.Message}");
                return false;
            }
        }
        if (JsonText.TryParse(input, out _, out var problem)) return true;
        stderr.WriteLine($"asl run: the execution input ({source}) is not valid JSON: {problem} Give a JSON value, for example --input '{{\"key\": 1}}'.");
        return false;
    }

    /// <summary>
    /// The name to register the machine under, and the mock test case to run. Mocks apply per state machine
    /// name and test case, so with a mock configuration the machine takes the name of the machine that defines
    /// the chosen test case.
    /// </summary>
    private static bool TryChooseMachineName(Settings settings, MockConfigFile? mocks, TextWriter stderr, out string name, out string? testCase)
    {
        var fileName = DefinitionNames.MachineNameFor(settings.Definition);
        name = fileName;
        testCase = null;
        if (mocks is null) return true;

        var candidates = mocks.TestCases.Where(c => settings.TestCase is null || c.TestCase == settings.TestCase).ToList();
        if (candidates.Count > 1) candidates = candidates.Where(c => c.Machine == fileName).ToList() is { Count: > 0 } same ? same : candidates;
        if (candidates.Count == 1)
        {
            (name, testCase) = candidates[0];
            return true;
        }

        var available = mocks.TestCases.Count == 0 ? "none" : string.Join(", ", mocks.TestCases.Select(c => $"{c.TestCase} (state machine {c.Machine})"));
        stderr.WriteLine(settings.TestCase is null
            ? $"asl run: choose a test case of the mock configuration with --test-case; it defines: {available}."
            : $"asl run: the mock configuration has {(candidates.Count == 0 ? "no" : "more than one")} test case '{settings.TestCase}' for the state machine '{name}'; it defines: {available}.");
        return false;
    }
}
