using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// H01, H04 and H05: the QueryLanguage of each state.
internal sealed partial class LanguageRules
{
    /// <summary>
    /// H01 and H04. Returns the state's effective language, or null when it is not a valid one (the state's own value
    /// is reported here; an invalid machine value is B07's finding), in which case language checks skip the state.
    /// </summary>
    private static string? CheckQueryLanguage(ValidationContext context, StateSite site)
    {
        var own = site.State.QueryLanguage;
        if (own is not null && !IsKnownLanguage(own))
        {
            context.Report(AslRules.InvalidStateQueryLanguage, site.FieldPointer("QueryLanguage"), site.Name, own, SpellingHint(own));
            return null;
        }
        if (own == QueryLanguages.JsonPath && context.MachineQueryLanguage == QueryLanguages.JsonAta)
            context.Report(AslRules.JsonPathStateInJsonAtaMachine, site.FieldPointer("QueryLanguage"), site.Name);
        return IsKnownLanguage(site.QueryLanguage) ? site.QueryLanguage : null;
    }

    private static bool IsKnownLanguage(string? language) => language is QueryLanguages.JsonPath or QueryLanguages.JsonAta;

    private static string SpellingHint(string value)
    {
        var trimmed = value.Trim();
        foreach (var known in new[] { QueryLanguages.JsonPath, QueryLanguages.JsonAta })
            if (string.Equals(trimmed, known, System.StringComparison.OrdinalIgnoreCase))
                return $" (did you mean \"{known}\"?)";
        return "";
    }

    /// <summary>
    /// H05: the nearest enclosing Map or Parallel that declares JSONata, when the state itself declares nothing and
    /// so inherits the machine's JSONPath. Null when the explanation does not apply.
    /// </summary>
    private static StateSite? JsonAtaParentIgnored(StateSite site)
    {
        if (site.State.QueryLanguage is not null) return null;
        for (var parent = site.Owner.Parent; parent is not null; parent = parent.Owner.Parent)
            if (parent.State.QueryLanguage == QueryLanguages.JsonAta) return parent;
        return null;
    }

    /// <summary>How a message names a container: "branch 2 of Parallel \"P\"" or "the ItemProcessor of Map \"M\"".</summary>
    internal static string DescribeContainer(ContainerSite container)
    {
        if (container.Parent is not { } owner) return "the state machine";
        if (owner.State is ParallelState)
        {
            var index = container.Pointer.Substring(container.Pointer.LastIndexOf('/') + 1);
            return $"branch {index} of Parallel \"{owner.Name}\"";
        }
        var field = container.Pointer.EndsWith("/Iterator", System.StringComparison.Ordinal) ? "Iterator" : "ItemProcessor";
        return $"the {field} of Map \"{owner.Name}\"";
    }
}
