using System.Collections.Generic;
using System.Linq;
using Asl.Diagnostics;
using Asl.JsonAta;
using Asl.Model;

namespace Asl.Validation;

/// <summary>
/// I05–I07: where each variable has a value. Each States object is a graph from StartAt; along every transition a
/// state's Assign takes effect (the chosen Choice rule's or the matching Catcher's Assign instead of the state's own).
/// Two dataflows run to a fixpoint: variables assigned on every path into a state (definitely set) and on some path
/// (maybe set). A Map processor or Parallel branch starts with what its Map or Parallel state saw on entry; its own
/// assignments never leave it.
/// </summary>
internal sealed class VariableFlow
{
    private readonly ValidationContext _context;
    private readonly VariableUses _variables;
    // Keyed by container and name (not by site), so that states of one container that share a name (possible in a
    // model built in code) share them; and not by pointer, which would write out every state's pointer.
    private readonly Dictionary<(ContainerSite, string), List<VariableAssignment>> _assignmentsByState = new();
    private readonly Dictionary<(ContainerSite, string), List<VariableReference>> _referencesByState = new();
    private readonly Dictionary<ContainerSite, Dictionary<string, VariableAssignment>> _firstAssignmentByContainer = new();
    private readonly Dictionary<ContainerSite, Dictionary<string, VariableAssignment>> _firstAssignmentWithin = new();
    private readonly Dictionary<StateSite, Dictionary<string, BranchAssignments>> _assignmentsByBranch = new();
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);
    // The first assignment of each name anywhere: the messages about a name that is not set where it is read look it
    // up once per reference, instead of scanning every assignment; its keys are the distinct names a suggestion compares.
    private readonly Dictionary<string, VariableAssignment> _firstByName = new(System.StringComparer.Ordinal);
    private const int MaxSuggestions = 100;
    private int _suggestionsLeft = MaxSuggestions;

    public VariableFlow(ValidationContext context, VariableUses variables)
    {
        _context = context;
        _variables = variables;
        foreach (var assignment in variables.Assignments)
        {
            ListFor(_assignmentsByState, Key(assignment.Site)).Add(assignment);
            if (!_index.ContainsKey(assignment.Name)) _index[assignment.Name] = _index.Count;
            if (!_firstByName.ContainsKey(assignment.Name)) _firstByName[assignment.Name] = assignment;
        }
        foreach (var reference in variables.References) ListFor(_referencesByState, Key(reference.Site)).Add(reference);
    }

    private static (ContainerSite, string) Key(StateSite site) => (site.Owner, site.Name);

    private static List<T> ListFor<T, TKey>(Dictionary<TKey, List<T>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<T>();
        return list;
    }

    public void Run()
    {
        CheckInnerScopeAssignments();
        // The dataflow only serves the checks of references: a machine that reads no variable needs none.
        if (_context.Containers.Count == 0 || _variables.References.Count == 0) return;
        _noneAssigned = NewSet();
        Solve(_context.Containers[0], NewSet(), NewSet());
    }

    private VariableSet NewSet() => new(_index.Count);

    // What a transition without an Assign sets (most of them): one shared set, only ever read.
    private VariableSet _noneAssigned = null!;

    private int IndexOf(string name) => _index.TryGetValue(name, out var index) ? index : -1;

    private IReadOnlyList<StateSite> StatesIn(ContainerSite container) => _context.StatesOf(container);

    private IEnumerable<VariableAssignment> AssignmentsOf(StateSite site) =>
        _assignmentsByState.TryGetValue(Key(site), out var list) ? list : Enumerable.Empty<VariableAssignment>();

    /// <summary>The first assignment of each name by a state declared directly in the container.</summary>
    private Dictionary<string, VariableAssignment> AssignedIn(ContainerSite container)
    {
        if (!_firstAssignmentByContainer.TryGetValue(container, out var first))
        {
            first = new Dictionary<string, VariableAssignment>(System.StringComparer.Ordinal);
            foreach (var assignment in StatesIn(container).SelectMany(AssignmentsOf))
                if (!first.ContainsKey(assignment.Name)) first[assignment.Name] = assignment;
            _firstAssignmentByContainer[container] = first;
        }
        return first;
    }

    /// <summary>The first assignment of <paramref name="name"/> by a state declared directly in the container.</summary>
    private VariableAssignment? AssignedIn(ContainerSite container, string name) => AssignedIn(container).TryGetValue(name, out var found) ? found : null;

    /// <summary>
    /// The first assignment of each name in the container or any container nested in it (its own states first, then
    /// the nested containers in order). Built once per container from its children's, so the whole machine costs its
    /// assignments times its nesting depth.
    /// </summary>
    private Dictionary<string, VariableAssignment> AssignedWithin(ContainerSite container)
    {
        if (_firstAssignmentWithin.TryGetValue(container, out var within)) return within;
        within = new Dictionary<string, VariableAssignment>(AssignedIn(container), System.StringComparer.Ordinal);
        foreach (var site in StatesIn(container))
            foreach (var child in _context.ChildContainersOf(site))
                foreach (var pair in AssignedWithin(child))
                    if (!within.ContainsKey(pair.Key)) within.Add(pair.Key, pair.Value);
        _firstAssignmentWithin[container] = within;
        return within;
    }

    /// <summary>For each name a branch of the Parallel state assigns: the first two branches that do.</summary>
    private Dictionary<string, BranchAssignments> AssignmentsByBranch(StateSite parallel)
    {
        if (_assignmentsByBranch.TryGetValue(parallel, out var byName)) return byName;
        byName = new Dictionary<string, BranchAssignments>(System.StringComparer.Ordinal);
        foreach (var branch in _context.ChildContainersOf(parallel))
            foreach (var pair in AssignedWithin(branch))
            {
                if (!byName.TryGetValue(pair.Key, out var found)) byName[pair.Key] = new BranchAssignments(branch, pair.Value, null, null);
                else if (found.SecondBranch is null) byName[pair.Key] = found with { SecondBranch = branch, Second = pair.Value };
            }
        _assignmentsByBranch[parallel] = byName;
        return byName;
    }

    private sealed record BranchAssignments(ContainerSite FirstBranch, VariableAssignment First, ContainerSite? SecondBranch, VariableAssignment? Second);

    /// <summary>I06: a state inside a Map or Parallel assigns a name that an enclosing States object also assigns.</summary>
    private void CheckInnerScopeAssignments()
    {
        foreach (var assignment in _variables.Assignments)
        {
            var container = assignment.Site.Owner;
            for (var owner = container.Parent; owner is not null; owner = owner.Owner.Parent)
            {
                if (AssignedIn(owner.Owner, assignment.Name) is not { } outer) continue;
                _context.Report(AslRules.InnerScopeAssignsOuterVariable, assignment.Pointer, assignment.Site.Name,
                    LanguageRules.DescribeContainer(container), assignment.Name, outer.Site.Name);
                break;
            }
        }
    }

    /// <summary>The transitions of a state, each with the names its Assign sets when it is taken.</summary>
    private IEnumerable<(string Target, VariableSet Assigned)> Edges(StateSite site)
    {
        _assignmentsByState.TryGetValue(Key(site), out var assignments);
        VariableSet Names(AssignmentKind kind, int index)
        {
            if (assignments is null) return _noneAssigned;
            VariableSet? set = null;
            foreach (var assignment in assignments)
                if (assignment.Kind == kind && assignment.Index == index) (set ??= NewSet()).Add(IndexOf(assignment.Name));
            return set ?? _noneAssigned;
        }

        switch (site.State)
        {
            case FlowState { Next: { } next }:
                yield return (next, Names(AssignmentKind.State, 0));
                break;
            case ChoiceState choice:
                for (var i = 0; i < choice.Choices.Count; i++)
                    if (choice.Choices[i].Next is { } ruleNext) yield return (ruleNext, Names(AssignmentKind.ChoiceRule, i));
                if (choice.Default is { } fallback) yield return (fallback, Names(AssignmentKind.State, 0));
                break;
        }
        if (site.State is WorkState work)
            for (var i = 0; i < work.Catch.Count; i++)
                if (work.Catch[i].Next is { } catchNext) yield return (catchNext, Names(AssignmentKind.Catcher, i));
    }

    /// <remarks>
    /// States are numbered by their place in the container (the first of a repeated name counts), so the dataflow
    /// works on arrays rather than on dictionaries keyed by state name.
    /// </remarks>
    private void Solve(ContainerSite container, VariableSet definiteOnEntry, VariableSet maybeOnEntry)
    {
        var states = StatesIn(container);
        var indexByName = new Dictionary<string, int>(states.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
            if (!indexByName.ContainsKey(states[i].Name)) indexByName[states[i].Name] = i;
        if (container.Container.StartAt is not { } startAt || !indexByName.TryGetValue(startAt, out var start)) return;

        var reachable = new List<int> { start };
        var edges = new List<(int Target, VariableSet Assigned)>?[states.Count];
        edges[start] = EdgesWithin(states[start], indexByName);
        for (var i = 0; i < reachable.Count; i++)
            foreach (var (target, _) in edges[reachable[i]]!)
                if (edges[target] is null)
                {
                    edges[target] = EdgesWithin(states[target], indexByName);
                    reachable.Add(target);
                }

        // Definitely set; a state that no path has reached yet is null, which stands for "every name".
        var wordsPerSet = (_index.Count + 63) / 64;
        var definite = new VariableSet?[states.Count];
        var maybe = new VariableSet?[states.Count];
        definite[start] = definiteOnEntry.Copy();
        maybe[start] = VariableSet.Union(maybeOnEntry, definiteOnEntry);

        // A worklist: a state is revisited only when what flows into it has changed.
        var pending = new Queue<int>();
        var queued = new bool[states.Count];
        queued[start] = true;
        pending.Enqueue(start);
        while (pending.Count > 0)
        {
            var state = pending.Dequeue();
            queued[state] = false;
            var definiteIn = definite[state]!;
            var maybeIn = maybe[state]!;
            foreach (var (target, assigned) in edges[state]!)
            {
                // The dataflow is the one pass whose work is not plainly linear (each state may be revisited as what
                // flows into it changes, up to twice per variable); the budget bounds it.
                _context.Charge(1 + wordsPerSet);
                bool changed;
                if (definite[target] is { } current)
                {
                    changed = current.IntersectWithUnion(definiteIn, assigned);
                }
                else
                {
                    definite[target] = VariableSet.Union(definiteIn, assigned);
                    changed = true;
                }

                var targetMaybe = maybe[target] ??= NewSet();
                changed |= targetMaybe.UnionWith(maybeIn);
                changed |= targetMaybe.UnionWith(assigned);

                if (changed && !queued[target])
                {
                    queued[target] = true;
                    pending.Enqueue(target);
                }
            }
        }

        foreach (var index in reachable)
        {
            var site = states[index];
            var definiteIn = definite[index]!;
            var maybeIn = maybe[index]!;
            if (_referencesByState.TryGetValue(Key(site), out var references))
                foreach (var reference in references) Check(reference, definiteIn, maybeIn);
            foreach (var child in _context.ChildContainersOf(site)) Solve(child, definiteIn, maybeIn);
        }
    }

    /// <summary>The transitions of <paramref name="site"/> to states of its own container, by index.</summary>
    private List<(int Target, VariableSet Assigned)> EdgesWithin(StateSite site, Dictionary<string, int> indexByName)
    {
        var edges = new List<(int, VariableSet)>();
        foreach (var (target, assigned) in Edges(site))
            if (indexByName.TryGetValue(target, out var index)) edges.Add((index, assigned));
        return edges;
    }

    private void Check(VariableReference reference, VariableSet definiteIn, VariableSet maybeIn)
    {
        _context.Charge(1);
        var name = reference.Name;
        // In JSONata, $count is the built-in function unless the machine has a variable of that name that is not called.
        if (reference.InJsonAta && JsonAtaFunctions.IsFunction(name) && (reference.IsCall || !_variables.IsAssignedAnywhere(name))) return;
        var index = IndexOf(name);
        if (definiteIn.Contains(index)) return;

        var site = reference.Site;
        if (maybeIn.Contains(index))
        {
            _context.Report(AslRules.PossiblyUnassignedVariable, reference.Pointer, name, site.Name);
            return;
        }

        var container = site.Owner;
        if (AssignedIn(container, name) is { } sameScope)
        {
            if (container.Parent?.State is MapState)
                ReportOtherScope(reference, $"is assigned in this Map iteration only by state \"{sameScope.Site.Name}\", which does not run before \"{site.Name}\"",
                    "a value from an earlier iteration is not visible. Assign it before the Map state, or earlier in the iteration.");
            else if (ReferenceEquals(sameScope.Site.Owner, site.Owner) && sameScope.Site.Name == site.Name)
                ReportUnassigned(reference, "only this state assigns it, and its own Assign takes effect in the next state");
            else
                ReportUnassigned(reference, $"it is assigned only by state \"{sameScope.Site.Name}\", which does not run before \"{site.Name}\"");
            return;
        }

        for (var owner = container.Parent; owner is not null; owner = owner.Owner.Parent)
            if (AssignedIn(owner.Owner, name) is { } outer)
            {
                ReportUnassigned(reference, $"it is assigned by state \"{outer.Site.Name}\" in an enclosing scope, but not before \"{owner.Name}\" starts");
                return;
            }

        for (var scope = container; scope.Parent is { } owner; scope = owner.Owner)
        {
            if (owner.State is not ParallelState || !AssignmentsByBranch(owner).TryGetValue(name, out var assigned)) continue;
            // The first branch other than this one that assigns the name.
            var sibling = !ReferenceEquals(assigned.FirstBranch, scope) ? assigned.First : assigned.Second;
            if (sibling is null) continue;
            ReportOtherScope(reference, $"is assigned only in another branch of Parallel \"{owner.Name}\" (by state \"{sibling.Site.Name}\")",
                "assign it before the Parallel state, or return it in that branch's output and assign it after the Parallel state.");
            return;
        }

        if (_firstByName.TryGetValue(name, out var elsewhere))
        {
            ReportUnassigned(reference, $"it is assigned only by state \"{elsewhere.Site.Name}\" inside {LanguageRules.DescribeContainer(elsewhere.Site.Owner)}, whose variables are not visible here");
            return;
        }

        // A suggestion compares the name with every distinct assigned name (an edit distance each), so it is made for the
        // first MaxSuggestions such references only: thousands of unassigned references to thousands of names would
        // otherwise cost their product (1,748 x 1,748 took seconds in a 51 KB definition).
        var similar = _suggestionsLeft-- > 0 ? NameSuggestions.Closest(name, _firstByName.Keys) : null;
        ReportUnassigned(reference, similar is null ? "no state assigns it" : $"no state assigns it (did you mean ${similar}?)");
    }

    private void ReportUnassigned(VariableReference reference, string why) =>
        _context.Report(AslRules.UnassignedVariable, reference.Pointer, reference.Name, reference.Site.Name, why);

    private void ReportOtherScope(VariableReference reference, string what, string fix) =>
        _context.Report(AslRules.VariableFromOtherScope, reference.Pointer, reference.Name, reference.Site.Name, what, fix);
}
