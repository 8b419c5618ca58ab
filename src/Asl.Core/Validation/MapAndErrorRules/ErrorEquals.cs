using System.Collections.Generic;
using System.Text.RegularExpressions;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// K02, K09, K11-K14: the error names of one Retry or Catch list. The runtime tries the entries in
// order and the first whose ErrorEquals matches wins, so order decides what can ever be reached.
internal sealed partial class MapAndErrorRules
{
    private const string StatesPrefix = "States.";

    // HTTP Tasks (arn:aws:states:::http:invoke) fail with one predefined name per response status,
    // for example States.Http.StatusCode.429, besides States.Http.Socket.
    private static readonly Regex HttpStatusError = new(@"^States\.Http\.StatusCode\.[1-5][0-9][0-9]$", RegexOptions.CultureInvariant);

    private static void CheckErrorEquals(ValidationContext context, StateSite site, WorkState work, string list, EquatableArray<string>?[] entries)
    {
        var kind = list == "Retry" ? "retrier" : "catcher";
        var firstHandler = new Dictionary<string, int>(System.StringComparer.Ordinal);
        // Whether the state can raise each distributed-Map error: found once per name, not once per mention (each
        // answer walks the states nested in the state).
        var raisable = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        int? catchAll = null;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is not { } names) continue;
            var entry = new EntryAt(site, list, i);

            if (names.IsEmpty)
                context.Report(AslRules.InvalidErrorEquals, entry.NamesPointer, entry.Name, site.Name, "is empty");

            var matchesAll = Contains(names, ErrorNames.All);
            if (matchesAll && HasNameOtherThanCatchAll(names))
                context.Report(AslRules.CatchAllNotAlone, entry.NamesPointer, entry.Name, site.Name, kind);
            if (matchesAll && i < entries.Length - 1)
                context.Report(AslRules.CatchAllNotLast, entry.Pointer, entry.Name, site.Name, kind, list);
            if (catchAll is { } allAt && HasNameCatchAllMatches(names))
                context.Report(AslRules.HandlerAfterCatchAll, entry.Pointer, entry.Name, site.Name, EntryName(list, allAt));

            for (var j = 0; j < names.Count; j++)
            {
                var name = names[j];
                if (name is null)
                {
                    context.Report(AslRules.InvalidErrorEquals, JsonPointer.Append(entry.NamesPointer, j), entry.Name, site.Name, "has an entry that is not a string");
                    continue;
                }
                if (ReportNameProblem(context, site, work, entry, name, j, raisable)) continue;
                // After a States.ALL entry the whole entry is already reported as unreachable.
                if (catchAll is null && firstHandler.TryGetValue(name, out var earlier))
                    context.Report(AslRules.ErrorNameAlreadyHandled, JsonPointer.Append(entry.NamesPointer, j), entry.Name, site.Name, name, EntryName(list, earlier));
            }

            foreach (var name in names)
                if (name is not null && !firstHandler.ContainsKey(name)) firstHandler.Add(name, i);
            if (matchesAll && catchAll is null) catchAll = i;
        }
    }

    /// <summary>K11 unknown States.* name, K12 terminal error, K14 an error this state never raises; at most one per name.</summary>
    private static bool ReportNameProblem(ValidationContext context, StateSite site, WorkState work, EntryAt at, string name, int index,
        Dictionary<string, bool> raisable)
    {
        // Pointers and entry names are built only for findings: most names are fine.
        string Pointer() => JsonPointer.Append(at.NamesPointer, index);

        // AWS accepts any name; deployed samples raise their own States.* names from Fail states and catch them.
        if (name.StartsWith(StatesPrefix, System.StringComparison.Ordinal) && !IsPredefined(name) && !IsRaisedByFailState(context, name))
        {
            context.Report(AslRules.UnknownStatesErrorName, Pointer(), at.Name, site.Name, name, UnknownNameHint(name));
            return true;
        }
        if (IsTerminalError(name))
        {
            context.Report(AslRules.TerminalErrorHandled, Pointer(), at.Name, site.Name, name);
            return true;
        }
        if (name == ErrorNames.HeartbeatTimeout && work is TaskState { HeartbeatSeconds: null, HeartbeatSecondsPath: null })
        {
            context.Report(AslRules.HeartbeatTimeoutNeverRaised, Pointer(), at.Name, site.Name);
            return true;
        }
        if (DistributedMapErrorSource(name) is { } source && !CanRaiseOnce(work, name, raisable))
        {
            context.Report(AslRules.DistributedMapErrorNeverRaised, Pointer(), at.Name, site.Name, name, source);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Entry <paramref name="index"/> of a state's Retry or Catch list: its message name and pointers, built on
    /// demand (only findings need them, and a large machine has thousands of entries).
    /// </summary>
    private readonly struct EntryAt(StateSite site, string list, int index)
    {
        /// <summary>"Retry[2]" or "Catch[0]".</summary>
        public string Name => EntryName(list, index);

        public string Pointer => site.FieldPointer(list).Item(index).Text;

        public string NamesPointer => JsonPointer.Append(Pointer, "ErrorEquals");
    }

    private static bool CanRaiseOnce(WorkState work, string name, Dictionary<string, bool> raisable)
    {
        if (!raisable.TryGetValue(name, out var can)) raisable.Add(name, can = CanRaise(work, name));
        return can;
    }

    /// <summary>True when some Fail state of the machine raises exactly <paramref name="name"/> (only unknown States.* names get here).</summary>
    private static bool IsRaisedByFailState(ValidationContext context, string name) => context.FailStateErrors.Contains(name);

    private static bool IsPredefined(string name) => Contains(ErrorNames.Predefined, name) || HttpStatusError.IsMatch(name);

    private static string UnknownNameHint(string name)
    {
        foreach (var known in ErrorNames.Predefined)
            if (string.Equals(known, name, System.StringComparison.OrdinalIgnoreCase))
                return "Did you mean \"" + known + "\"? Error names are case-sensitive.";
        return "Use a predefined name such as \"States.TaskFailed\", or a custom name without the reserved \"States.\" prefix.";
    }

    /// <summary>States.DataLimitExceeded and States.Runtime end the execution: no retrier or catcher sees them.</summary>
    private static bool IsTerminalError(string name) => name == ErrorNames.DataLimitExceeded || name == ErrorNames.Runtime;

    private static bool HasNameOtherThanCatchAll(EquatableArray<string> names)
    {
        foreach (var name in names)
            if (name is not null && name != ErrorNames.All) return true;
        return false;
    }

    /// <summary>True when some name of the entry is one that an earlier States.ALL already matches (all but the terminal ones).</summary>
    private static bool HasNameCatchAllMatches(EquatableArray<string> names)
    {
        foreach (var name in names)
            if (name is not null && !IsTerminalError(name)) return true;
        return false;
    }

    private static bool Contains(EquatableArray<string> names, string name)
    {
        foreach (var candidate in names)
            if (candidate == name) return true;
        return false;
    }
}
