using System.Reflection;
using System.Text;
using Asl.Api;
using Asl.Clients;
using Asl.Json;
using Asl.Local;
using Asl.Local.Scheduling;
using Asl.Local.Tasks;
using Asl.Model;

namespace Asl.Testing;

/// <summary>
/// Tests workflows written with Asl on the local engine, with any test framework. Register a <c>[StateMachine]</c> class
/// through its generated <c>Info</c> (machines it starts come along, and its <c>[LambdaFunction]</c> methods are bound),
/// give the remaining <c>${...}</c> substitutions, mock Lambda functions and task resources with typed values, run it, and
/// read the execution as data (<see cref="WorkflowRun"/>). Time is virtual by default: a Wait of a day takes no time.
/// </summary>
/// <remarks>
/// Set the harness up from one thread; mocks may be called from the engine while a test reads them. Dispose it at the end
/// of the test (it stops the engine's clock in real-time mode).
/// </remarks>
public sealed partial class WorkflowHarness : IDisposable
{
    private readonly Dictionary<string, StateMachineInfo> _machines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _substitutions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IMock> _lambdaMocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IMock> _taskMocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MethodInfo> _functions = new(StringComparer.Ordinal);
    private readonly HashSet<Assembly> _scannedAssemblies = new();
    private readonly HashSet<string> _boundFunctions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _registered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<string>> _stateNames = new(StringComparer.Ordinal);
    private readonly TypedJson _json;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<JsonNaming, TypedJson> _jsonByNaming = new();
    private readonly HarnessServices _services;

    /// <summary>Creates a harness with its own engine (virtual clock unless <paramref name="options"/> say otherwise).</summary>
    public WorkflowHarness(WorkflowHarnessOptions? options = null)
    {
        Options = options ?? new WorkflowHarnessOptions();
        Engine = new LocalEngine(Options.Engine) { TracesStateVisits = true };
        Api = new InProcessStepFunctionsApi(Engine);
        _json = new TypedJson(Options.SerializerOptions ?? ClientSerialization.DefaultOptions);
        _services = new HarnessServices(this, Options.Services);
    }

    /// <summary>The options the harness was created with.</summary>
    public WorkflowHarnessOptions Options { get; }

    /// <summary>The engine the executions run on.</summary>
    public LocalEngine Engine { get; }

    /// <summary>The Step Functions API over the engine, for the generated typed clients and for functions that call back (SendTaskSuccess).</summary>
    public IStepFunctionsApi Api { get; }

    /// <summary>The current time on the engine's clock.</summary>
    public DateTimeOffset Now => Engine.Now;

    /// <summary>
    /// Registers a state machine by its generated <c>Info</c>, with every machine it starts through a <c>[StateMachine]</c>
    /// class (their ARNs fill the parent's substitutions), and finds the <c>[LambdaFunction]</c> methods of its assembly.
    /// Running a machine registers it too; register explicitly to reach it through <see cref="Api"/> first.
    /// </summary>
    public WorkflowHarness Register(StateMachineInfo machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        if (_machines.TryGetValue(machine.Name, out var known))
        {
            if (known.Definition == machine.Definition) return this;
            throw new InvalidOperationException(
                $"Two different state machines are named '{machine.Name}' ({Describe(known)} and {Describe(machine)}); the engine knows a machine by its name. Give one of them another [StateMachine(Name = ...)].");
        }
        _machines.Add(machine.Name, machine);
        if (Options.BindLambdaFunctions && machine.Class?.Assembly is { } assembly && _scannedAssemblies.Add(assembly))
        {
            foreach (var (name, method) in LambdaFunctionMethods.In(assembly)) _functions.TryAdd(name, method);
        }
        foreach (var substitution in machine.Substitutions)
        {
            if (substitution.Machine is { } child) Register(child);
        }
        return this;
    }

    /// <summary>Fills the <c>${name}</c> placeholder of the registered machines with <paramref name="value"/> (a table name, a topic ARN...).</summary>
    public WorkflowHarness Substitute(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _substitutions[Unwrap(name)] = value;
        return this;
    }

    /// <summary>Fills several placeholders (see <see cref="Substitute(string, string)"/>).</summary>
    public WorkflowHarness Substitute(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (name, value) in values) Substitute(name, value);
        return this;
    }

    /// <summary>The ARN of a machine on the engine (registering it first), for the generated typed client: <c>new MyWorkflowClient(harness.Api, harness.StateMachineArn(MyWorkflow.Info))</c>.</summary>
    public string StateMachineArn(StateMachineInfo machine)
    {
        Register(machine);
        Prepare();
        return _registered[machine.Name];
    }

    /// <summary>Starts an execution and runs it until it ends (see <see cref="WorkflowExecution{TOutput}.RunToCompletionAsync"/>).</summary>
    /// <param name="machine">The machine's generated <c>Info</c>.</param>
    /// <param name="input">The execution input.</param>
    /// <param name="executionName">The execution's name; a new UUID when null.</param>
    /// <param name="testCase">A test case of the mock configuration (<see cref="LocalEngineOptions.MockConfig"/>) to run with.</param>
    /// <param name="cancellation">Stops waiting (the execution keeps its state).</param>
    public Task<WorkflowRun<TOutput>> RunAsync<TInput, TOutput>(StateMachineInfo<TInput, TOutput> machine, TInput input,
        string? executionName = null, string? testCase = null, CancellationToken cancellation = default)
        => Start(machine, input, executionName, testCase).RunToCompletionAsync(cancellation);

    /// <summary>
    /// Starts an execution and returns at once, for tests that act while it runs (send a task token, advance the clock).
    /// Before the first execution, checks that every substitution has a value and every started machine is registered.
    /// </summary>
    public WorkflowExecution<TOutput> Start<TInput, TOutput>(StateMachineInfo<TInput, TOutput> machine, TInput input,
        string? executionName = null, string? testCase = null)
    {
        var arn = StateMachineArn(machine);
        var started = Engine.StartExecution(testCase is null ? arn : arn + "#" + testCase, JsonOf(machine.Name).WriteText(input), executionName);
        return new WorkflowExecution<TOutput>(this, started.ExecutionArn);
    }

    /// <summary>Every execution so far (children included), in the order they started.</summary>
    public IReadOnlyList<WorkflowRun> Executions => Engine.ListExecutions().Reverse().Select(e => Describe(e.ExecutionArn)).ToArray();

    /// <summary>Runs everything that can run without moving the virtual clock (for example, until a task waits for its token).</summary>
    public Task RunUntilIdleAsync(CancellationToken cancellation = default) => Engine.RunUntilIdleAsync(cancellation);

    /// <summary>Moves the virtual clock forward, running everything that becomes due on the way.</summary>
    public Task AdvanceTimeAsync(TimeSpan duration, CancellationToken cancellation = default) => Engine.AdvanceTimeAsync(duration, cancellation);

    /// <summary>Completes the task that waits for <paramref name="taskToken"/> with <paramref name="output"/> (serialized as the task's output).</summary>
    public void SendTaskSuccess<T>(string taskToken, T output) => Engine.SendTaskSuccess(taskToken, _json.WriteText(output));

    /// <summary>Fails the task that waits for <paramref name="taskToken"/>.</summary>
    public void SendTaskFailure(string taskToken, string? error = null, string? cause = null) => Engine.SendTaskFailure(taskToken, error, cause);

    /// <summary>Stops the engine.</summary>
    public void Dispose() => Engine.Dispose();

    /// <summary>The execution as data, now.</summary>
    internal WorkflowRun Describe(string executionArn)
    {
        var execution = Engine.DescribeExecution(executionArn);
        var history = Engine.GetExecutionHistory(executionArn);
        List<StateEntry> states;
        var machine = Engine.DescribeStateMachine(execution.StateMachineArn);
        var json = JsonOf(machine.Name);
        lock (Engine.Loop.Gate) states = (Engine.FindRun(executionArn).Visits ?? []).Select(v => new StateEntry(v, json)).ToList();
        return new WorkflowRun(execution, history, states, StateNames(machine), machine.Name, Engine.Now, json, ChildrenOf);
    }

    /// <summary>
    /// How a machine's data is serialized: the harness's own options when it was given some, else the machine's naming
    /// policy (<see cref="StateMachineInfo.JsonNaming"/>), as its generated client does.
    /// </summary>
    private TypedJson JsonOf(string machineName)
    {
        if (Options.SerializerOptions is not null || !_machines.TryGetValue(machineName, out var info) || info.JsonNaming == JsonNaming.AsWritten) return _json;
        return _jsonByNaming.GetOrAdd(info.JsonNaming, naming => new TypedJson(ClientSerialization.OptionsFor(naming)));
    }

    /// <summary>
    /// How a mock call's request and answer are serialized: as the calling machine's data (<see cref="JsonOf"/>). The machine's
    /// name is the ARN's seventh field (<c>arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME</c>, also for express).
    /// </summary>
    internal TypedJson JsonOfCall(MockContext context)
    {
        var fields = context.ExecutionArn.Split(':');
        return fields.Length > 6 ? JsonOf(fields[6]) : _json;
    }

    private IReadOnlyList<WorkflowRun> ChildrenOf(string executionArn) =>
        Engine.ListExecutions().Reverse().Where(e => e.ParentExecutionArn == executionArn).Select(e => Describe(e.ExecutionArn)).ToArray();

    private IReadOnlySet<string> StateNames(StateMachineDescription machine)
    {
        if (_stateNames.TryGetValue(machine.StateMachineArn, out var names)) return names;
        names = ModelWalker.States(machine.Definition).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        _stateNames[machine.StateMachineArn] = names;
        return names;
    }

    /// <summary>"${Name}" and "Name" both name the placeholder Name.</summary>
    private static string Unwrap(string name) => name.StartsWith("${", StringComparison.Ordinal) && name.EndsWith('}') ? name[2..^1] : name;

    private static string Describe(StateMachineInfo machine) => machine.Class is { } type ? type.FullName ?? type.Name : "a machine without a class";

    /// <summary>What [LambdaFunction] classes may ask for in their constructors.</summary>
    private sealed class HarnessServices(WorkflowHarness harness, IServiceProvider? outer) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IStepFunctionsApi) ? harness.Api
            : serviceType == typeof(LocalEngine) ? harness.Engine
            : serviceType == typeof(WorkflowHarness) ? harness
            : outer?.GetService(serviceType);
    }
}
