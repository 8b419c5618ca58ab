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
        States = Containers.SelectMany(c => ModelWalker.StatesOf(c, MachineQueryLanguage)).ToList();
    }

    public StateMachine Machine { get; }

    public ValidationOptions Options { get; }

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
    public IEnumerable<StateSite> StatesOf(ContainerSite container) => States.Where(s => ReferenceEquals(s.Owner, container));
}

/// <summary>One group of rules (a section or two of the catalogue).</summary>
internal abstract class ValidationPass
{
    public abstract void Run(ValidationContext context);
}
