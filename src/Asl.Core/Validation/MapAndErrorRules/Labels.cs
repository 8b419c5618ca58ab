using System.Collections.Generic;
using System.Globalization;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// J11: a Map Label names the Map Run (it appears in the Map Run ARN), so it follows the naming rules
// of executions (N02) with a 40-character limit, and is unique within the machine.
internal sealed partial class MapAndErrorRules
{
    private const int MaxLabelLength = 40;
    private const string ForbiddenLabelCharacters = "?*<>{}[]:;,\\|^~$#%&`\"/";

    private static void CheckLabelSyntax(ValidationContext context, StateSite site, MapState map)
    {
        if (map.Label is not { } label || Values.IsPlaceholder(label)) return;
        if (LabelProblem(label) is { } problem)
            context.Report(AslRules.InvalidMapLabel, site.FieldPointer("Label"), site.Name, problem);
    }

    /// <summary>What is wrong with a label, phrased to follow "Label of Map state 'X'", or null when it is valid.</summary>
    private static string? LabelProblem(string label)
    {
        if (label.Length == 0) return "is empty";
        var length = 0;
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            length++;
            if (char.IsHighSurrogate(c) && i + 1 < label.Length && char.IsLowSurrogate(label[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c)) return "contains white space";
            if (char.IsControl(c))
                return "contains the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            if (ForbiddenLabelCharacters.IndexOf(c) >= 0) return "contains the character '" + c + "'";
        }
        return length > MaxLabelLength
            ? "is " + length.ToString(CultureInfo.InvariantCulture) + " characters long, more than " + MaxLabelLength.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>J11: the first Map in document order to use a label keeps it; every later one is reported.</summary>
    private static void CheckLabelsAreUnique(ValidationContext context)
    {
        // Most machines have no labelled Map: then there is nothing to walk in document order.
        var labelled = false;
        foreach (var state in context.States) labelled |= state.State is MapState { Label: not null };
        if (!labelled) return;

        var owners = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var root = context.Containers[0];
        foreach (var site in InDocumentOrder(root, context.MachineQueryLanguage))
        {
            if (site.State is not MapState { Label: { } label } || label.Length == 0 || Values.IsPlaceholder(label)) continue;
            if (owners.TryGetValue(label, out var first))
                context.Report(AslRules.DuplicateMapLabel, site.FieldPointer("Label"), label, site.Name, first);
            else
                owners.Add(label, site.Name);
        }
    }

    /// <summary>Every state as it appears in the text: a state, then the states nested in it, then its next sibling.</summary>
    private static IEnumerable<StateSite> InDocumentOrder(ContainerSite container, string machineQueryLanguage)
    {
        foreach (var site in ModelWalker.StatesOf(container, machineQueryLanguage))
        {
            yield return site;
            foreach (var child in ModelWalker.ChildContainers(site))
                foreach (var nested in InDocumentOrder(child, machineQueryLanguage))
                    yield return nested;
        }
    }
}
