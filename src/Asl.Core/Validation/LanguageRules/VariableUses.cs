using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

/// <summary>Where an Assign that sets a variable is: the state's own, a top-level Choice rule's, or a Catcher's.</summary>
internal enum AssignmentKind
{
    State,
    ChoiceRule,
    Catcher,
}

/// <summary>One variable set by an Assign field.</summary>
/// <param name="Site">The state.</param>
/// <param name="Name">The variable name (for a JSONPath key <c>x.$</c>, <c>x</c>).</param>
/// <param name="Pointer">JSON pointer of the Assign key.</param>
/// <param name="Kind">Which Assign of the state.</param>
/// <param name="Index">The Choice rule or Catcher index; 0 for the state's own Assign.</param>
internal sealed record VariableAssignment(StateSite Site, string Name, LazyPointer Pointer, AssignmentKind Kind, int Index);

/// <summary>One use of <c>$name</c> in a state.</summary>
/// <param name="Site">The state whose field holds the reference.</param>
/// <param name="Name">The variable name without <c>$</c>.</param>
/// <param name="Pointer">JSON pointer of the string holding it.</param>
/// <param name="InJsonAta">True when a JSONata expression holds it (where <c>$name</c> may also be a built-in function).</param>
/// <param name="IsCall">True when the JSONata expression calls it (<c>$name(...)</c>).</param>
internal sealed record VariableReference(StateSite Site, string Name, LazyPointer Pointer, bool InJsonAta, bool IsCall);

/// <summary>The variables a machine assigns and uses, collected while the language rules walk its states.</summary>
internal sealed class VariableUses
{
    private readonly HashSet<string> _assignedNames = new(System.StringComparer.Ordinal);

    public List<VariableAssignment> Assignments { get; } = new();

    public List<VariableReference> References { get; } = new();

    public void Assign(VariableAssignment assignment)
    {
        Assignments.Add(assignment);
        _assignedNames.Add(assignment.Name);
    }

    /// <summary>True when some state anywhere in the machine assigns <paramref name="name"/>.</summary>
    public bool IsAssignedAnywhere(string name) => _assignedNames.Contains(name);
}
