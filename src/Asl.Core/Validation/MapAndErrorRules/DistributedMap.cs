using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// J06 the tolerated failure thresholds; J12 the fields that only a distributed Map supports.
internal sealed partial class MapAndErrorRules
{
    /// <summary>
    /// True when the Map surely runs inline: no ProcessorConfig Mode, or INLINE. A misspelt or
    /// placeholder Mode may mean DISTRIBUTED, so J12 and K14 stay quiet rather than guess (J03 reports
    /// a misspelling).
    /// </summary>
    private static bool IsSurelyInline(MapState map) =>
        map.ItemProcessor?.ProcessorConfig?.Mode is null or InlineMode;

    /// <summary>J06: percentage 0–100, count a non-negative integer, each without its *Path twin.</summary>
    private static void CheckToleratedFailures(ValidationContext context, StateSite site, MapState map)
    {
        // The Map Run API carries the percentage as a float, so fractions such as 2.5 are accepted.
        if (map.ToleratedFailurePercentage is { } percentage && !IsDeferred(percentage) && !IsNumberInRange(percentage, 0, 100))
            context.Report(AslRules.InvalidToleratedFailure, site.FieldPointer("ToleratedFailurePercentage"),
                "ToleratedFailurePercentage", site.Name, Describe(percentage), "a number from 0 to 100");
        if (map.ToleratedFailureCount is { } count && !IsDeferred(count) && !IsIntegerInRange(count, 0, long.MaxValue))
            context.Report(AslRules.InvalidToleratedFailure, site.FieldPointer("ToleratedFailureCount"),
                "ToleratedFailureCount", site.Name, Describe(count), "a whole number of 0 or more");

        if (map.ToleratedFailurePercentage is not null && map.ToleratedFailurePercentagePath is not null)
            context.Report(AslRules.ToleratedFailureAndPath, site.FieldPointer("ToleratedFailurePercentagePath"), site.Name, "ToleratedFailurePercentage");
        if (map.ToleratedFailureCount is not null && map.ToleratedFailureCountPath is not null)
            context.Report(AslRules.ToleratedFailureAndPath, site.FieldPointer("ToleratedFailureCountPath"), site.Name, "ToleratedFailureCount");
    }

    /// <summary>J12: ItemReader, ItemBatcher, ResultWriter, ToleratedFailure* and Label need Mode DISTRIBUTED.</summary>
    private static void CheckDistributedOnlyFields(ValidationContext context, StateSite site, MapState map)
    {
        if (!IsSurelyInline(map)) return;
        foreach (var field in DistributedOnlyFields(map))
            context.Report(AslRules.DistributedFieldOnInlineMap, site.FieldPointer(field), field, site.Name);
    }

    private static IEnumerable<string> DistributedOnlyFields(MapState map)
    {
        if (map.ItemReader is not null) yield return "ItemReader";
        if (map.ItemBatcher is not null) yield return "ItemBatcher";
        if (map.ResultWriter is not null) yield return "ResultWriter";
        if (map.ToleratedFailurePercentage is not null) yield return "ToleratedFailurePercentage";
        if (map.ToleratedFailurePercentagePath is not null) yield return "ToleratedFailurePercentagePath";
        if (map.ToleratedFailureCount is not null) yield return "ToleratedFailureCount";
        if (map.ToleratedFailureCountPath is not null) yield return "ToleratedFailureCountPath";
        if (map.Label is not null) yield return "Label";
    }
}
