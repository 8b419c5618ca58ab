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
    /// or digits. With <paramref name="companionSuffix"/>, ID + suffix must be free too and is taken with it: SAM
    /// adds a resource named so (a state machine's role is &lt;ID&gt;Role).
    /// </summary>
    public string Allocate(string name, string fallback, string? companionSuffix = null)
    {
        var id = new StringBuilder();
        foreach (var c in name)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) id.Append(c);
        }
        var stem = id.Length == 0 ? fallback : id.ToString();
        if (stem.Length > MaxLength - 4) stem = stem.Substring(0, MaxLength - 4);
        var candidate = stem;
        for (var n = 2; _taken.Contains(candidate) || (companionSuffix is not null && _taken.Contains(candidate + companionSuffix)); n++)
            candidate = stem + n.ToString(CultureInfo.InvariantCulture);
        _taken.Add(candidate);
        if (companionSuffix is not null) _taken.Add(candidate + companionSuffix);
        return candidate;
    }
}
