using Asl.Collections;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>
/// Models built in C# (by the fluent API or by hand) can hold what JSON never produces, such as null
/// entries. The pass must report them as findings and never throw.
/// </summary>
public sealed class ModelInputTests
{
    private static StateMachine WithTask(TaskState task) => new("Work", new[]
    {
        new NamedState("Work", task with { End = true }),
        new NamedState("Recover", new PassState { End = true }),
    });

    [Fact]
    public void Null_error_name_is_reported_at_its_index()
    {
        var retrier = new Retrier(EquatableArray<string>.UnsafeWrap(new[] { "States.Timeout", null! }));
        var machine = WithTask(new TaskState("arn:aws:states:::lambda:invoke") { Retry = new[] { retrier } });
        AssertSingle(Findings(machine), AslRules.InvalidErrorEquals, "/States/Work/Retry/0/ErrorEquals/1");
    }

    [Fact]
    public void Catcher_with_a_null_Next_is_reported_at_the_catcher()
    {
        var catcher = new Catcher(new[] { "States.TaskFailed" }, null!);
        var machine = WithTask(new TaskState("arn:aws:states:::lambda:invoke") { Catch = new[] { catcher } });
        Assert.Contains(Findings(machine), f => (f.Code, f.Pointer) == (AslRules.CatcherWithoutNext.Code, "/States/Work/Catch/0"));
    }

    [Fact]
    public void Default_ErrorEquals_is_reported_as_empty()
    {
        var machine = WithTask(new TaskState("arn:aws:states:::lambda:invoke") { Retry = new[] { new Retrier(default) } });
        AssertSingle(Findings(machine), AslRules.InvalidErrorEquals, "/States/Work/Retry/0/ErrorEquals");
    }

    [Fact]
    public void Null_ItemReader_Resource_is_reported_at_Resource()
    {
        var map = new MapState
        {
            ItemProcessor = new ItemProcessor("Handle", new[] { new NamedState("Handle", new PassState { End = true }) })
            {
                ProcessorConfig = new ProcessorConfig { Mode = "DISTRIBUTED", ExecutionType = "STANDARD" },
            },
            ItemReader = new ItemReader(null!),
            End = true,
        };
        var machine = new StateMachine("EachOrder", new[] { new NamedState("EachOrder", map) });
        AssertSingle(Findings(machine), AslRules.InvalidItemReaderResource, "/States/EachOrder/ItemReader/Resource");
    }

    [Fact]
    public void Huge_numbers_are_findings_not_exceptions()
    {
        var retrier = new Retrier(new[] { "States.Timeout" })
        {
            IntervalSeconds = new AslJsonNumber("1e400"),
            BackoffRate = new AslJsonNumber("1e400"),
        };
        var machine = WithTask(new TaskState("arn:aws:states:::lambda:invoke") { Retry = new[] { retrier } });
        var codes = Findings(machine).Select(f => f.Code).OrderBy(c => c, StringComparer.Ordinal);
        Assert.Equal(new[] { AslRules.InvalidRetryInterval.Code, AslRules.InvalidBackoffRate.Code }, codes);
    }
}
