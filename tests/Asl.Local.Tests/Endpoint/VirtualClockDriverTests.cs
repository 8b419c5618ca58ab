using System.Diagnostics;
using Asl.Local.Endpoint;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests.Endpoint;

/// <summary>The background driver that moves a served engine's virtual clock.</summary>
public class VirtualClockDriverTests
{
    [Fact]
    public async Task Work_started_directly_on_the_engine_wakes_the_driver_without_any_polling()
    {
        using var engine = Create();
        // Polling off: only the engine's own signal can wake the idle driver.
        await using var driver = new VirtualClockDriver(engine, idlePoll: Timeout.InfiniteTimeSpan);
        var machine = engine.RegisterStateMachine("M", Read("""
            {"StartAt":"Hold","States":{"Hold":{"Type":"Wait","Seconds":3600,"Next":"Done"},"Done":{"Type":"Pass","Result":"done","End":true}}}
            """));
        await Task.Delay(100); // the driver is idle now, waiting for a signal

        var arn = engine.StartExecution(machine.StateMachineArn).ExecutionArn;
        var description = await WaitUntilStoppedAsync(engine, arn, TimeSpan.FromSeconds(20));

        Assert.Equal(ExecutionStatus.Succeeded, description.Status);
        Assert.Equal("\"done\"", description.Output);
        Assert.Equal(TimeSpan.FromHours(1), description.StopDate!.Value - description.StartDate); // the clock jumped the Wait
    }

    /// <summary>Reads the execution's state until it stops, without driving the engine (the driver does).</summary>
    private static async Task<ExecutionSnapshot> WaitUntilStoppedAsync(LocalEngine engine, string arn, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var description = engine.DescribeExecution(arn);
            if (description.Status != ExecutionStatus.Running || clock.Elapsed > limit) return description;
            await Task.Delay(10);
        }
    }
}
