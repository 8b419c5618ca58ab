using Asl.Json;
using Asl.Local;
using Asl.Local.Tasks;
using Asl.Model;

namespace Asl.Testing;

// Before an execution starts: fill every substitution, put the machines on the engine, bind [LambdaFunction] methods,
// and refuse what would only fail later in a puzzling way (a missing value, a child that is not registered, a mock that
// matches nothing when StrictMocks is on).
public sealed partial class WorkflowHarness
{
    private readonly Dictionary<string, string> _registeredWith = new(StringComparer.Ordinal);

    private void Prepare()
    {
        var filled = new List<(StateMachineInfo Machine, Dictionary<string, string> Values)>();
        var missing = new List<string>();
        foreach (var machine in _machines.Values)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var substitution in machine.Substitutions)
            {
                if (FillFor(substitution) is { } value) values[substitution.Name] = value;
                else missing.Add($"{substitution.Name} (in {machine.Name})");
            }
            filled.Add((machine, values));
        }
        if (missing.Count > 0)
        {
            var first = missing[0][..missing[0].IndexOf(' ')];
            throw new InvalidOperationException(
                $"The state machines need values for {(missing.Count == 1 ? "this substitution" : "these substitutions")}: {string.Join(", ", missing)}. " +
                $"Give {(missing.Count == 1 ? "it" : "each")} with harness.Substitute(\"{first}\", \"...\") before the run; the harness fills child machines' ARNs " +
                "and Lambda functions itself, and a placeholder used as a task Resource when you mock it with MockTask(\"${Name}\").");
        }

        foreach (var (machine, values) in filled) PutOnEngine(machine, values);
        BindLambdaFunctions();
        CheckStartedMachines();
        if (Options.StrictMocks) CheckMocksAreUsed();
    }

    /// <summary>The value of a substitution: given, a child machine's ARN, a mocked placeholder resource, or a Lambda function's ARN.</summary>
    private string? FillFor(Substitution substitution)
    {
        if (_substitutions.TryGetValue(substitution.Name, out var given)) return given;
        if (substitution.Machine is { } child) return MachineArn(child.Name);
        var activity = ActivityArn(substitution.Name);
        if (_taskMocks.ContainsKey(activity)) return activity;
        if (substitution.Kind == SubstitutionKind.LambdaFunction) return FunctionArn(substitution.Target);
        return ServiceMockFill(substitution.Name);
    }

    private void PutOnEngine(StateMachineInfo machine, Dictionary<string, string> values)
    {
        var key = string.Join("\n", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value));
        if (_registeredWith.TryGetValue(machine.Name, out var registeredKey) && registeredKey == key) return;
        var type = machine.Type == StateMachineType.Express ? "EXPRESS" : "STANDARD";
        if (_registered.TryGetValue(machine.Name, out var arn))
        {
            var read = AslReader.Read(LocalEngine.Substitute(machine.Definition, values));
            Engine.UpdateStateMachine(arn, read.Machine ?? throw new InvalidOperationException($"The definition of '{machine.Name}' cannot be read after substitution: {read.Diagnostics.FirstOrDefault()?.Message}"));
        }
        else
        {
            _registered[machine.Name] = Engine.RegisterStateMachine(machine.Name, machine.Definition, values, type: type).StateMachineArn;
        }
        _registeredWith[machine.Name] = key;
    }

    private void BindLambdaFunctions()
    {
        foreach (var (name, method) in _functions)
        {
            if (_lambdaMocks.ContainsKey(name) || !_boundFunctions.Add(name)) continue;
            Engine.RegisterLambda(name, LambdaFunctionMethods.Bind(method, _services));
        }
    }

    /// <summary>A startExecution task whose machine ARN is known before the run must name a registered machine.</summary>
    private void CheckStartedMachines()
    {
        foreach (var (name, state, task) in RegisteredTasks())
        {
            if (!task.Resource.StartsWith("arn:aws:states:::states:startExecution", StringComparison.Ordinal)) continue;
            if (Argument(task, "StateMachineArn") is not { } started) continue;
            var target = started.Split('#')[0];
            if (_registered.ContainsValue(target)) continue;
            var child = target[(target.LastIndexOf(':') + 1)..];
            throw new InvalidOperationException(
                $"State '{state}' of '{name}' starts the state machine '{target}', which is not registered. " +
                $"Register its [StateMachine] class with harness.Register({child}.Info) (a StartExecution<{child}> state does that by itself), " +
                $"or fill the substitution that names it with the ARN of a registered machine.");
        }
    }

    /// <summary>With StrictMocks: every mock must match a Lambda function or resource that some Task state names.</summary>
    private void CheckMocksAreUsed()
    {
        var functions = new HashSet<string>(StringComparer.Ordinal);
        var resources = new HashSet<string>(StringComparer.Ordinal);
        var dynamicFunctions = false;
        foreach (var (_, _, task) in RegisteredTasks())
        {
            var resource = TaskResource.Parse(task.Resource);
            resources.Add(resource.Arn);
            resources.Add(resource.WithoutPattern);
            if (resource.Kind == ResourceKind.LambdaFunction && LambdaFunctionName.Parse(resource.Arn) is { } direct) functions.Add(direct.Name);
            if (!resource.IsLambdaInvoke) continue;
            if (Argument(task, "FunctionName") is { } named && LambdaFunctionName.Parse(named) is { } function) functions.Add(function.Name);
            else dynamicFunctions = true;
        }
        var machines = string.Join(", ", _machines.Keys);
        foreach (var mock in _lambdaMocks.Values.Where(m => !dynamicFunctions && !functions.Contains(m.Target)))
            throw new InvalidOperationException(
                $"The mock of the Lambda function '{mock.Target}' matches no Task state of {machines}, which call {(functions.Count == 0 ? "no Lambda function" : string.Join(", ", functions.Order(StringComparer.Ordinal)))}. " +
                "Fix its name, or turn StrictMocks off.");
        foreach (var (arn, mock) in _taskMocks.Where(m => !resources.Contains(m.Key)))
            throw new InvalidOperationException(
                $"The mock of '{mock.Target}' matches no Task state of {machines}, whose resources are {(resources.Count == 0 ? "none" : string.Join(", ", resources.Where(r => r.StartsWith("arn:", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal)))}. " +
                "Fix the resource, or turn StrictMocks off.");
        CheckServiceMocksAreUsed(RegisteredTasks().ToArray(), machines);
    }

    /// <summary>Every Task state of the machines on the engine (substituted), nested ones included.</summary>
    private IEnumerable<(string Machine, string State, TaskState Task)> RegisteredTasks()
    {
        foreach (var (name, arn) in _registered)
        {
            foreach (var site in ModelWalker.States(Engine.DescribeStateMachine(arn).Definition))
            {
                if (site.State is TaskState task) yield return (name, site.Name, task);
            }
        }
    }

    /// <summary>A literal string member of a Task's Parameters or (JSONata) Arguments; null when absent or computed.</summary>
    private static string? Argument(TaskState task, string member)
    {
        var value = (task.Parameters as AslJsonObject)?[member] ?? (task.Arguments as AslJsonObject)?[member];
        return value is AslJsonString { Value: var text } && !text.StartsWith("{%", StringComparison.Ordinal) ? text : null;
    }
}
