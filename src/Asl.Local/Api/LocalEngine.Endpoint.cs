using Asl.Local.Endpoint;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Local.Scheduling;
using Asl.Model;

namespace Asl.Local;

// The parts of the Step Functions API that the HTTP endpoint needs beyond the core engine: deleting and
// re-configuring state machines, EXPRESS executions, and a driver for the virtual clock while a server runs.
public sealed partial class LocalEngine
{
    private readonly object _driverSync = new();
    private VirtualClockDriver? _clockDriver;
    private int _clockDriverUsers;

    /// <summary>
    /// Removes a state machine. Executions already running keep running with its definition; new executions
    /// cannot start. Returns false when no state machine has this ARN (deleting is idempotent, as in AWS).
    /// </summary>
    public bool DeleteStateMachine(string stateMachineArn)
    {
        ArgumentNullException.ThrowIfNull(stateMachineArn);
        lock (Loop.Gate) return _machines.Remove(stateMachineArn);
    }

    /// <summary>
    /// Replaces the definition and/or the role of a registered state machine (null keeps the current one).
    /// Running executions keep what they started with.
    /// </summary>
    public StateMachineDescription ReconfigureStateMachine(string stateMachineArn, StateMachine? definition, string? roleArn)
    {
        lock (Loop.Gate)
        {
            var existing = FindStateMachine(stateMachineArn);
            var updated = existing with
            {
                Definition = definition ?? existing.Definition,
                RoleArn = roleArn ?? existing.RoleArn,
            };
            _machines[existing.StateMachineArn] = updated;
            return updated;
        }
    }

    /// <summary>The state machine as the execution saw it when it started (later updates do not show).</summary>
    public StateMachineDescription DescribeStateMachineForExecution(string executionArn)
    {
        lock (Loop.Gate) return FindRun(executionArn).Machine;
    }

    /// <summary>
    /// Starts an execution of an EXPRESS state machine without waiting for it, as StartExecution does for
    /// EXPRESS machines in AWS: the ARN has the form <c>arn:aws:states:region:account:express:machine:name:id</c>,
    /// and the execution is not kept, so DescribeExecution, ListExecutions and GetExecutionHistory do not know it.
    /// </summary>
    public StartExecutionResult StartExpressExecution(string stateMachineArn, string? input = null, string? name = null)
    {
        var run = StartExpressRun(stateMachineArn, input, name, synchronous: false);
        return new StartExecutionResult(run.Arn, run.StartDate);
    }

    /// <summary>
    /// Runs an execution of an EXPRESS state machine to its end and describes it, as StartSyncExecution does.
    /// A failed execution is a result, not an exception. Throws <see cref="StateMachineTypeNotSupportedException"/>
    /// for a STANDARD machine. With the virtual clock this drives the engine (as <see cref="RunToCompletionAsync"/>
    /// does) unless an endpoint is already driving it.
    /// </summary>
    public async Task<ExecutionSnapshot> StartSyncExecutionAsync(string stateMachineArn, string? input = null, string? name = null,
        CancellationToken cancellation = default)
    {
        var run = StartExpressRun(stateMachineArn, input, name, synchronous: true);
        if (Options.ClockMode == ClockMode.Real || Loop.IsOnLoop || IsClockDriven)
        {
            await run.FinishedOutside.WaitAsync(cancellation).ConfigureAwait(false);
        }
        else
        {
            var outcome = await Loop.PumpAsync(() => !run.IsRunning, advanceTime: true, timeLimit: null, cancellation).ConfigureAwait(false);
            if (outcome == PumpOutcome.Stalled) throw new EngineStalledException(DescribeStall(run));
        }
        lock (Loop.Gate) return run.Describe();
    }

    /// <summary>True while an endpoint drives the virtual clock in the background.</summary>
    internal bool IsClockDriven
    {
        get
        {
            lock (_driverSync) return _clockDriver is not null;
        }
    }

    /// <summary>True when some task waits for a token that only an outside caller can send.</summary>
    internal bool HasOpenTaskTokens()
    {
        lock (Loop.Gate) return Tokens.OpenTasks().Count > 0;
    }

    /// <summary>Starts (or joins) the background driver of the virtual clock; each call needs one <see cref="ReleaseClockDriverAsync"/>.</summary>
    internal VirtualClockDriver AcquireClockDriver()
    {
        lock (_driverSync)
        {
            _clockDriverUsers++;
            return _clockDriver ??= new VirtualClockDriver(this);
        }
    }

    /// <summary>Stops the background driver once its last user releases it.</summary>
    internal async ValueTask ReleaseClockDriverAsync()
    {
        VirtualClockDriver? stopping = null;
        lock (_driverSync)
        {
            if (_clockDriverUsers == 0) return;
            if (--_clockDriverUsers == 0)
            {
                stopping = _clockDriver;
                _clockDriver = null;
            }
        }
        if (stopping is not null) await stopping.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Creates and schedules an EXPRESS execution; it is not registered, so only the caller can follow it.</summary>
    internal ExecutionRun StartExpressRun(string stateMachineArn, string? input, string? name, bool synchronous)
    {
        lock (Loop.Gate)
        {
            var machine = FindStateMachine(stateMachineArn);
            if (machine.Type != "EXPRESS")
                throw new StateMachineTypeNotSupportedException(
                    $"This operation is not supported by this type of state machine: '{machine.StateMachineArn}' is {machine.Type}. Use StartExecution, or create the state machine with type EXPRESS.");
            var testCase = TestCaseOf(stateMachineArn, machine);
            var inputText = input ?? "{}";
            if (!JsonText.TryParse(inputText, out var inputValue, out var problem))
                throw new InvalidExecutionInputException($"Invalid State Machine Execution Input: '{problem}'");
            var executionName = name ?? NewGuid().ToString();
            Names.CheckName(executionName, "execution");
            var arn = Arn("express", $"{machine.Name}:{executionName}:{NewGuid()}");
            var run = new ExecutionRun(this, machine, arn, executionName, inputValue, inputText, Now, testCase, null) { IsSynchronous = synchronous };
            run.RecordFirst(HistoryEventType.ExecutionStarted, new History.EventData { Input = inputValue, RoleArn = machine.RoleArn });
            Loop.Enqueue(() => _ = ExecutionRunner.RunAsync(run));
            return run;
        }
    }
}
