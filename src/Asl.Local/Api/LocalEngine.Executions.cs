using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Api;

namespace Asl.Local;

public sealed partial class LocalEngine
{
    private readonly Dictionary<string, ExecutionRun> _executions = new(StringComparer.Ordinal);
    private readonly List<ExecutionRun> _executionOrder = new();

    /// <summary>
    /// Starts an execution. It runs on the engine loop: in virtual-clock mode, drive it with
    /// <see cref="RunToCompletionAsync"/> or <see cref="RunUntilIdleAsync"/>.
    /// </summary>
    /// <param name="stateMachineArn">The state machine ARN (or its registered name); append <c>#Case</c> to run a test case of the mock configuration.</param>
    /// <param name="input">The input as JSON text; <c>{}</c> when null.</param>
    /// <param name="name">The execution name; a UUID when null. Starting a running execution's name again with the same input returns it (AWS's idempotency); otherwise the name must be new.</param>
    public StartExecutionResult StartExecution(string stateMachineArn, string? input = null, string? name = null)
    {
        lock (Loop.Gate)
        {
            var run = StartRun(stateMachineArn, input, name, parent: null);
            return new StartExecutionResult(run.Arn, run.StartDate);
        }
    }

    /// <summary>Starts an execution and drives it until it stops (see <see cref="RunToCompletionAsync"/>).</summary>
    public async Task<ExecutionSnapshot> RunAsync(string stateMachineArn, string? input = null, string? name = null, CancellationToken cancellation = default)
    {
        var started = StartExecution(stateMachineArn, input, name);
        return await RunToCompletionAsync(started.ExecutionArn, cancellation).ConfigureAwait(false);
    }

    /// <summary>Describes an execution; throws <see cref="ExecutionDoesNotExistException"/> for an unknown ARN.</summary>
    public ExecutionSnapshot DescribeExecution(string executionArn)
    {
        lock (Loop.Gate) return FindRun(executionArn).Describe();
    }

    /// <summary>Executions, most recent first, optionally of one state machine and with one status.</summary>
    public IReadOnlyList<ExecutionSnapshot> ListExecutions(string? stateMachineArn = null, ExecutionStatus? status = null)
    {
        lock (Loop.Gate)
        {
            string? machineArn = stateMachineArn is null ? null : FindStateMachine(stateMachineArn).StateMachineArn;
            var list = new List<ExecutionSnapshot>();
            for (var i = _executionOrder.Count - 1; i >= 0; i--)
            {
                var run = _executionOrder[i];
                if (machineArn is not null && run.Machine.StateMachineArn != machineArn) continue;
                if (status is not null && run.Status != status) continue;
                list.Add(run.Describe());
            }
            return list;
        }
    }

    /// <summary>
    /// Stops a running execution (history ends with ExecutionAborted; running <c>.sync</c> child executions are stopped
    /// too). Returns the stop date; stopping a finished execution changes nothing and returns its stop date.
    /// </summary>
    public DateTimeOffset StopExecution(string executionArn, string? error = null, string? cause = null)
    {
        if (error is { Length: > 256 }) throw new ValidationException("1 validation error detected: Value at 'error' failed to satisfy constraint: Member must have length less than or equal to 256");
        if (cause is { Length: > 32768 }) throw new ValidationException("1 validation error detected: Value at 'cause' failed to satisfy constraint: Member must have length less than or equal to 32768");
        lock (Loop.Gate)
        {
            var run = FindRun(executionArn);
            run.Abort(error, cause);
            return run.StopDate!.Value;
        }
    }

    /// <summary>The execution's history events in order (a snapshot).</summary>
    public IReadOnlyList<LocalHistoryEvent> GetExecutionHistory(string executionArn)
    {
        lock (Loop.Gate) return FindRun(executionArn).History.ToArray();
    }

    internal ExecutionRun FindRun(string executionArn)
    {
        if (string.IsNullOrEmpty(executionArn) || !_executions.TryGetValue(executionArn, out var run))
            throw new ExecutionDoesNotExistException($"Execution Does Not Exist: '{executionArn}'");
        return run;
    }

    /// <summary>Creates and schedules an execution (under the gate). <paramref name="parent"/> is the execution whose task started it.</summary>
    internal ExecutionRun StartRun(string stateMachineArn, string? input, string? name, ExecutionRun? parent)
    {
        var machine = FindStateMachine(stateMachineArn);
        var testCase = TestCaseOf(stateMachineArn, machine);
        var inputText = input ?? "{}";
        if (inputText.Length > JsonSize.PayloadLimit)
            throw new ValidationException($"1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to {JsonSize.PayloadLimit}");
        if (!JsonText.TryParse(inputText, out var inputValue, out var problem))
            throw new InvalidExecutionInputException($"Invalid State Machine Execution Input: '{problem}'");
        var executionName = name ?? NewGuid().ToString();
        Names.CheckName(executionName, "execution");
        var arn = Arn("execution", machine.Name + ":" + executionName);
        if (_executions.TryGetValue(arn, out var existing))
        {
            if (existing.IsRunning && existing.InputText == inputText) return existing;
            throw new ExecutionAlreadyExistsException($"Execution Already Exists: '{arn}'");
        }

        var run = new ExecutionRun(this, machine, arn, executionName, inputValue, inputText, Now, testCase, parent?.Arn);
        _executions.Add(arn, run);
        _executionOrder.Add(run);
        run.RecordFirst(HistoryEventType.ExecutionStarted, new History.EventData { Input = inputValue, RoleArn = machine.RoleArn });
        Loop.Enqueue(() => _ = ExecutionRunner.RunAsync(run));
        return run;
    }

    private string? TestCaseOf(string stateMachineArn, StateMachineDescription machine)
    {
        var hash = stateMachineArn.IndexOf('#');
        if (hash < 0) return null;
        var testCase = stateMachineArn[(hash + 1)..];
        if (Options.MockConfig is null)
            throw new ValidationException($"The ARN selects the mock test case '{testCase}', but the engine has no mock configuration; set LocalEngineOptions.MockConfig.");
        if (!Options.MockConfig.HasTestCase(machine.Name, testCase))
            throw new ValidationException($"The mock configuration has no test case '{testCase}' for the state machine '{machine.Name}'.");
        return testCase;
    }
}
