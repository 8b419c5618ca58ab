using Asl.Fuzz.Tests.Inputs;
using Asl.Api;
using Asl.Json;
using Asl.Local;
using Asl.Local.Json;
using System.Text.Json;
using CsCheck;
using Xunit.Abstractions;

namespace Asl.Fuzz.Tests;

/// <summary>
/// The engine on random valid machines, real-world definitions and generated expressions (run as the in-process API
/// runs them: read, not validated), with random inputs: every execution ends (or stalls waiting for a caller, which
/// the engine says), no exception escapes but the API's own errors, and the history and output stay readable.
/// </summary>
public sealed class EngineFuzzTests(ITestOutputHelper output)
{
    private static readonly Gen<(string Definition, string Input)> Runs = Gen.Select(Definitions.Runnable, JsonInputs.Any);

    [Fact]
    public void Any_execution_ends_with_a_readable_outcome_in_time_proportional_to_its_size()
    {
        new Harness<(string Definition, string Input)>("engine", output, run => run.Definition + "\n\ninput: " + run.Input)
            .Run(Runs, FuzzSettings.Inputs(300), run => run.Definition.Length + run.Input.Length,
                // An execution may run up to 25,000 history events; JSONata states take about half a millisecond each, and
                // a machine busy with other tests several times that.
                size => TimeSpan.FromSeconds(180 + size / 5_000.0), run => Execute(run.Definition, run.Input));
    }

    private static void Execute(string definition, string input)
    {
        var read = AslReader.Read(definition);
        if (read.Machine is not { } machine || read.HasErrors) return;
        using var engine = new LocalEngine(new LocalEngineOptions { RandomSeed = 1 });
        var registered = engine.RegisterStateMachine("Fuzzed", machine);
        string arn;
        try
        {
            arn = engine.StartExecution(registered.StateMachineArn, input).ExecutionArn;
        }
        catch (StepFunctionsException)
        {
            return; // input that is not JSON, too large, ...: the API's own answer
        }

        ExecutionSnapshot outcome;
        try
        {
            outcome = engine.RunToCompletionAsync(arn).GetAwaiter().GetResult();
        }
        catch (EngineStalledException)
        {
            // A task waits for a token or an activity worker that only a caller outside the engine can provide.
            engine.StopExecution(arn, "Fuzz.Stalled", "stopped by the fuzz test");
            outcome = engine.DescribeExecution(arn);
        }

        Assert.NotEqual(ExecutionStatus.Running, outcome.Status);
        var history = engine.GetExecutionHistory(arn);
        Assert.Contains(history[^1].Type, new[]
        {
            HistoryEventType.ExecutionSucceeded, HistoryEventType.ExecutionFailed, HistoryEventType.ExecutionAborted, HistoryEventType.ExecutionTimedOut,
        });
        // The texts are JSON (data a function cut may hold an escaped half of a surrogate pair, which is JSON syntax),
        // and the error and cause are Unicode, so every response that carries them can be written.
        foreach (var e in history) JsonDocument.Parse(JsonText.Write(e.ToAwsJson())).Dispose();
        if (outcome.Output is { } text) JsonDocument.Parse(text).Dispose();
        foreach (var field in new[] { outcome.Error, outcome.Cause })
            if (field is not null) Assert.Equal(UnicodeText.ReplaceLoneSurrogates(field), field);
    }
}
