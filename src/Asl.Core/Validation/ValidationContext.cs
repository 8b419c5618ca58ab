using System.Collections.Generic;
using System.Linq;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

/// <summary>What every validation pass sees: the machine, the walked sites and the findings so far.</summary>
internal sealed class ValidationContext
{
    private readonly List<AslDiagnostic> _diagnostics = new();

    public ValidationContext(StateMachine machine, ValidationOptions options, WorkBudget? budget = null)
    {
        Machine = machine;
        Options = options;
        Budget = budget ?? new WorkBudget(options.WorkBudget, System.Threading.CancellationToken.None);
        Parsed = new ParsedTexts(Budget);
        MachineQueryLanguage = machine.QueryLanguage ?? QueryLanguages.JsonPath;
        // One walk builds every site once: the containers' Parent links and the States list share the same
        // StateSite objects, so passes can look sites up by identity instead of walking (and building pointers) again.
        var containers = new List<ContainerSite>();
        Walk(new ContainerSite(machine, JsonPointer.Root, null, 0), containers);
        Containers = containers;
        var states = new List<StateSite>();
        foreach (var container in containers) states.AddRange(_statesByContainer[container]);
        States = states;
    }

    private readonly Dictionary<ContainerSite, IReadOnlyList<StateSite>> _statesByContainer = new(ReferenceEquality<ContainerSite>.Instance);
    private readonly Dictionary<StateSite, IReadOnlyList<ContainerSite>> _childrenByState = new(ReferenceEquality<StateSite>.Instance);

    /// <summary>Adds <paramref name="container"/> and, depth-first in declaration order, the containers nested in it.</summary>
    private void Walk(ContainerSite container, List<ContainerSite> containers)
    {
        Budget.Charge(1 + container.Container.States.Count);
        containers.Add(container);
        var own = new List<StateSite>(container.Container.States.Count);
        own.AddRange(ModelWalker.StatesOf(container, MachineQueryLanguage));
        _statesByContainer[container] = own;
        foreach (var site in own)
        {
            if (site.State is not (ParallelState or MapState)) continue;
            var children = new List<ContainerSite>(ModelWalker.ChildContainers(site));
            if (children.Count == 0) continue;
            _childrenByState[site] = children;
            foreach (var child in children) Walk(child, containers);
        }
    }

    public StateMachine Machine { get; }

    public ValidationOptions Options { get; }

    /// <summary>The parsed paths and expressions, shared by every pass.</summary>
    public ParsedTexts Parsed { get; }

    /// <summary>What this validation may still spend (see <see cref="WorkBudget"/>).</summary>
    public WorkBudget Budget { get; }

    /// <summary>Charges <paramref name="units"/> of work (see <see cref="WorkBudget"/>).</summary>
    public void Charge(long units) => Budget.Charge(units);

    /// <summary>The machine's QueryLanguage, JSONPath when absent.</summary>
    public string MachineQueryLanguage { get; }

    /// <summary>Every container, the machine first, then depth-first in declaration order.</summary>
    public IReadOnlyList<ContainerSite> Containers { get; }

    /// <summary>Every state of every container.</summary>
    public IReadOnlyList<StateSite> States { get; }

    public bool IsExpress => Options.MachineType == "EXPRESS";

    public IReadOnlyList<AslDiagnostic> Diagnostics => _diagnostics;

    public void Report(AslRule rule, string pointer, params object?[] args) => Add(rule.At(pointer, args));

    /// <summary>Reports at a pointer that is written out only now.</summary>
    public void Report(AslRule rule, LazyPointer pointer, params object?[] args) => Add(rule.At(pointer.Text, args));

    /// <summary>Keeps a finding; its text counts against the budget (pointers grow with nesting and names).</summary>
    private void Add(AslDiagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        Budget.Charge(1 + diagnostic.Pointer.Length + diagnostic.Message.Length);
    }

    private HashSet<string>? _failStateErrors;

    /// <summary>The literal Error of every Fail state of the machine, found once (rules ask per error name).</summary>
    public HashSet<string> FailStateErrors
    {
        get
        {
            if (_failStateErrors is not null) return _failStateErrors;
            _failStateErrors = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var site in States)
                if (site.State is FailState { Error: Json.AslJsonString { Value: var error } }) _failStateErrors.Add(error);
            return _failStateErrors;
        }
    }

    /// <summary>The states declared directly in a container.</summary>
    public IReadOnlyList<StateSite> StatesOf(ContainerSite container) =>
        _statesByContainer.TryGetValue(container, out var states) ? states : System.Array.Empty<StateSite>();

    /// <summary>The containers a state of <see cref="States"/> owns directly (Parallel branches, a Map's processor), the same objects as in <see cref="Containers"/>.</summary>
    public IReadOnlyList<ContainerSite> ChildContainersOf(StateSite site) =>
        _childrenByState.TryGetValue(site, out var children) ? children : System.Array.Empty<ContainerSite>();
}

/// <summary>Compares sites by identity: they are positions in one walk, and hashing their content would walk the machine.</summary>
internal sealed class ReferenceEquality<T> : IEqualityComparer<T> where T : class
{
    public static readonly ReferenceEquality<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}

/// <summary>One group of rules (a section or two of the catalogue).</summary>
internal abstract class ValidationPass
{
    public abstract void Run(ValidationContext context);
}
