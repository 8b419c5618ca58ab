using System.Collections.Generic;

namespace Asl.Validation;

/// <summary>
/// "Did you mean ...?" for names a definition refers to (states, variables, functions): the closest known name when
/// it differs only in case or by a typo's worth of edits, so a finding can name the fix.
/// </summary>
internal static class NameSuggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="name"/>: one that differs only in case, else the nearest within a few
    /// edits for its length (none for names under four characters, where any name is a few edits away). First wins ties.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = name.Length < 4 ? 0 : System.Math.Max(1, name.Length / 4);
        var upper = name.ToUpperInvariant();
        foreach (var candidate in candidates)
        {
            if (candidate == name) continue;
            var distance = EditDistance(upper, candidate.ToUpperInvariant());
            if (distance == 0) return candidate;
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The text a message appends: <c> Did you mean "Save order"?</c>, or nothing.</summary>
    public static string Hint(string name, IEnumerable<string> candidates, string quote = "\"") =>
        Closest(name, candidates) is { } match ? $" Did you mean {quote}{match}{quote}?" : "";

    /// <summary>
    /// Edit distance with insertions, deletions, substitutions and swaps of adjacent characters (optimal string
    /// alignment), so "Strat" is one edit from "Start", as a typist would count it.
    /// </summary>
    public static int EditDistance(string a, string b)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[1][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var twoBack = rows[0];
            var previous = rows[1];
            var current = rows[2];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = System.Math.Min(previous[j - 1] + cost, System.Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = System.Math.Min(best, twoBack[j - 2] + 1);
                current[j] = best;
            }
            rows[0] = previous;
            rows[1] = current;
            rows[2] = twoBack;
        }
        return rows[1][b.Length];
    }
}
