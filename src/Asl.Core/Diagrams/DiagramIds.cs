using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Asl.Diagrams;

/// <summary>
/// Gives every node and graph of a diagram an identifier that every output format takes without quoting or
/// escaping: ASCII letters, digits and '_', not starting with a digit, never a keyword of Mermaid or dot, unique.
/// It is derived from the state's name so that the Mermaid and dot text of a diagram reads like the definition.
/// </summary>
internal sealed class DiagramIds
{
    private const int MaxLength = 48;

    // Words that Mermaid's flowchart grammar reserves (it takes "End" and "Class", not "end" and "class"); dot's
    // keywords need no care, since the dot renderer quotes every id.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "end", "subgraph", "graph", "flowchart", "direction", "style", "linkStyle", "classDef", "class", "click", "call",
        "href", "callback", "default", "interpolate", "accTitle", "accDescr",
    };

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reserves <paramref name="id"/> as it is (for fixed ids such as the machine's markers).</summary>
    public string Reserve(string id)
    {
        _taken.Add(id);
        return id;
    }

    /// <summary>A new identifier that looks like <paramref name="text"/>.</summary>
    public string Allocate(string text)
    {
        var id = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            if (id.Length >= MaxLength) break;
            var keep = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
            if (keep) id.Append(c);
            else if (id.Length > 0 && id[id.Length - 1] != '_') id.Append('_');
        }
        while (id.Length > 0 && id[id.Length - 1] == '_') id.Length--;
        var stem = id.ToString();
        if (stem.Length == 0) stem = "state";
        if (char.IsDigit(stem[0]) || Reserved.Contains(stem)) stem = "s_" + stem;
        var candidate = stem;
        for (var n = 2; _taken.Contains(candidate); n++) candidate = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
        _taken.Add(candidate);
        return candidate;
    }
}
