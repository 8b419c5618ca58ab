using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// J01-J05: the processor, its configuration, the item selection and the concurrency of every Map.
internal sealed partial class MapAndErrorRules
{
    private const string InlineMode = "INLINE";
    private const string DistributedMode = "DISTRIBUTED";
    private static readonly string[] ProcessorModes = { InlineMode, DistributedMode };
    private static readonly string[] ExecutionTypes = { "STANDARD", "EXPRESS" };

    /// <summary>J01 exactly one processor; J03 its ProcessorConfig.</summary>
    private static void CheckProcessor(ValidationContext context, StateSite site, MapState map)
    {
        if (map.ItemProcessor is null && map.Iterator is null)
            context.Report(AslRules.MapWithoutItemProcessor, site.Pointer, site.Name);
        else if (map.ItemProcessor is not null && map.Iterator is not null)
            context.Report(AslRules.MapWithItemProcessorAndIterator, site.FieldPointer("Iterator"), site.Name);

        if (map.Iterator?.ProcessorConfig is not null)
            context.Report(AslRules.ProcessorConfigInIterator, site.FieldPointer("Iterator").Member("ProcessorConfig"), site.Name);

        if (map.ItemProcessor?.ProcessorConfig is not { } config) return;
        var pointer = site.FieldPointer("ItemProcessor").Member("ProcessorConfig");
        if (config.Mode is { } mode && !IsOneOf(mode, ProcessorModes))
            context.Report(AslRules.InvalidProcessorConfigValue, pointer.Member("Mode"),
                "Mode", site.Name, Describe(mode), ListOf(ProcessorModes));
        if (config.ExecutionType is { } executionType && !IsOneOf(executionType, ExecutionTypes))
            context.Report(AslRules.InvalidProcessorConfigValue, pointer.Member("ExecutionType"),
                "ExecutionType", site.Name, Describe(executionType), ListOf(ExecutionTypes));
        if (config.Mode == DistributedMode && config.ExecutionType is null)
            context.Report(AslRules.DistributedMapWithoutExecutionType, pointer, site.Name);
    }

    /// <summary>
    /// J02 ItemSelector or the legacy Parameters; J04 the kind of JSONata <c>Items</c>. ItemsPath is a string
    /// in the model: a null ItemsPath is reported by the reader and its grammar by PathRules (F02, F04).
    /// <c>Items</c> in a JSONPath state is H02 (LanguageRules).
    /// </summary>
    private static void CheckItemSelection(ValidationContext context, StateSite site, MapState map)
    {
        if (map.ItemSelector is not null && map.Parameters is not null)
            context.Report(AslRules.MapWithItemSelectorAndParameters, site.FieldPointer("Parameters"), site.Name);

        if (site.IsJsonAta && map.Items is { } items && items is not AslJsonArray && !IsDeferred(items))
            context.Report(AslRules.InvalidMapItems, site.FieldPointer("Items"), site.Name, Describe(items));
    }

    /// <summary>J05: MaxConcurrency is a non-negative integer, and not together with MaxConcurrencyPath.</summary>
    private static void CheckConcurrency(ValidationContext context, StateSite site, MapState map)
    {
        if (map.MaxConcurrency is { } value && !IsDeferred(value) && !IsIntegerInRange(value, 0, long.MaxValue))
            context.Report(AslRules.InvalidMaxConcurrency, site.FieldPointer("MaxConcurrency"), site.Name, Describe(value));
        if (map.MaxConcurrency is not null && map.MaxConcurrencyPath is not null)
            context.Report(AslRules.MaxConcurrencyAndPath, site.FieldPointer("MaxConcurrencyPath"), site.Name);
    }
}
