using System.Collections.Generic;
using System.Linq;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

/// <summary>What every validation pass sees: the machine, the walked sites and the findings so far.</summary>
internal sealed class ValidationContext
{
    private readonly List<AslDiagnostic> _diagnostics = new();

    public ValidationContext(StateMachine machine, ValidationOptions options)
    {
        Machine = machine;
        Options = options;
        MachineQueryLanguage = machine.QueryLanguage ?? QueryLanguages.JsonPath;
        Containers = ModelWalker.Containers(machine).ToList();
        var states = new List<StateSite>();
        foreach (var container in Containers)
        {
            var own = ModelWalker.StatesOf(container, MachineQueryLanguage).ToList();
            _statesByContainer[container] = own;
            states.AddRange(own);
        }
        States = states;
    }

    private readonly Dictionary<ContainerSite, IReadOnlyList<StateSite>> _statesByContainer = new(ReferenceComparer.Instance);

    public StateMachine Machine { get; }

    public ValidationOptions Options { get; }

    /// <summary>The parsed paths and expressions, shared by every pass.</summary>
    public ParsedTexts Parsed { get; } = new();

    /// <summary>The machine's QueryLanguage, JSONPath when absent.</summary>
    public string MachineQueryLanguage { get; }

    /// <summary>Every container, the machine first, then depth-first in declaration order.</summary>
    public IReadOnlyList<ContainerSite> Containers { get; }

    /// <summary>Every state of every container.</summary>
    public IReadOnlyList<StateSite> States { get; }

    public bool IsExpress => Options.MachineType == "EXPRESS";

    public IReadOnlyList<AslDiagnostic> Diagnostics => _diagnostics;

    public void Report(AslRule rule, string pointer, params object?[] args) => _diagnostics.Add(rule.At(pointer, args));

    /// <summary>The states declared directly in a container.</summary>
    public IReadOnlyList<StateSite> StatesOf(ContainerSite container) =>
        _statesByContainer.TryGetValue(container, out var states) ? states : System.Array.Empty<StateSite>();

    private sealed class ReferenceComparer : IEqualityComparer<ContainerSite>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(ContainerSite? x, ContainerSite? y) => ReferenceEquals(x, y);

        public int GetHashCode(ContainerSite obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>One group of rules (a section or two of the catalogue).</summary>
internal abstract class ValidationPass
{
    public abstract void Run(ValidationContext context);
}
