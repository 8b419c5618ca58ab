using System;
using System.Collections.Generic;
using System.Linq;
using Asl.Collections;

namespace Asl.Permissions;

/// <summary>
/// Collects what the rules grant and note for one machine. Grants that allow the same actions under the same
/// conditions (and Sid) become one statement whose resources are the union, in the order they were first needed;
/// a statement that allows <c>*</c> keeps only <c>*</c>.
/// </summary>
internal sealed class Derivation
{
    private readonly List<PermissionGrant> _grants = new();
    private readonly List<PermissionNote> _notes = new();

    public void Grant(string sid, IReadOnlyList<string> actions, IEnumerable<ArnPattern> resources, params GrantCondition[] conditions)
    {
        var grant = new PermissionGrant(sid, actions.ToEquatableArray(), resources.ToEquatableArray()) { Conditions = conditions.ToEquatableArray() };
        if (grant.Resources.IsEmpty || grant.Actions.IsEmpty) return;
        for (var i = 0; i < _grants.Count; i++)
        {
            if (!_grants[i].SameStatement(grant)) continue;
            _grants[i] = _grants[i] with { Resources = Union(_grants[i].Resources, grant.Resources) };
            return;
        }
        _grants.Add(grant with { Resources = Union(EquatableArray<ArnPattern>.Empty, grant.Resources) });
    }

    public void Note(PermissionNoteKind kind, string state, string pointer, string message)
    {
        var note = new PermissionNote(kind, state, pointer, message);
        if (!_notes.Contains(note)) _notes.Add(note);
    }

    public MachinePermissions Result() => new(_grants.ToEquatableArray(), _notes.ToEquatableArray());

    private static EquatableArray<ArnPattern> Union(EquatableArray<ArnPattern> existing, EquatableArray<ArnPattern> added)
    {
        var all = new List<ArnPattern>(existing);
        foreach (var resource in added)
        {
            var index = all.FindIndex(r => r.SameResource(resource));
            if (index < 0) all.Add(resource);
            else all[index] = all[index] with { Comment = JoinComments(all[index].Comment, resource.Comment) };
        }
        // "*" allows everything the other entries name: keep it alone, with every reason given for a wildcard.
        if (all.FirstOrDefault(r => r.Kind == ArnPatternKind.Any) is { } any && all.Count > 1)
            return EquatableArray.Create(any with { Comment = all.Select(r => r.Comment).Aggregate(default(string), JoinComments) });
        return all.ToEquatableArray();
    }

    private static string? JoinComments(string? first, string? second)
    {
        if (first is null) return second;
        if (second is null || first.Split(new[] { "; " }, StringSplitOptions.None).Contains(second)) return first;
        return first + "; " + second;
    }
}
