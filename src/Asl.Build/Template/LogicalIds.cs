using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Asl.Build.Template;

/// <summary>
/// Hands out CloudFormation logical IDs (letters and digits only, unique in the template) for names that may
/// hold other characters: "order-flow" becomes "orderflow", a second "orderflow" becomes "orderflow2".
/// </summary>
internal sealed class LogicalIds
{
    private const int MaxLength = 255;
    private readonly HashSet<string> _taken = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A fresh ID derived from <paramref name="name"/>, or from <paramref name="fallback"/> when it has no letters
    /// or digits. With <paramref name="companionSuffixes"/>, ID + each suffix must be free too and is taken with it:
    /// SAM or the template adds resources named so (a state machine's role is &lt;ID&gt;Role).
    /// </summary>
    public string Allocate(string name, string fallback, params string[] companionSuffixes)
    {
        var id = new StringBuilder();
        foreach (var c in name)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) id.Append(c);
        }
        var stem = id.Length == 0 ? fallback : id.ToString();
        var longest = 0;
        foreach (var suffix in companionSuffixes) longest = System.Math.Max(longest, suffix.Length);
        if (stem.Length > MaxLength - 4 - longest) stem = stem.Substring(0, MaxLength - 4 - longest);
        var candidate = stem;
        for (var n = 2; _taken.Contains(candidate) || Taken(candidate, companionSuffixes); n++)
            candidate = stem + n.ToString(CultureInfo.InvariantCulture);
        _taken.Add(candidate);
        foreach (var suffix in companionSuffixes) _taken.Add(candidate + suffix);
        return candidate;
    }

    private bool Taken(string candidate, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (_taken.Contains(candidate + suffix)) return true;
        }
        return false;
    }
}
