using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// N03, N04 (Map history), N07, N08 and N09: AWS quotas that literal values already break.
internal sealed partial class StructureRules
{
    private const long MaxPayloadBytes = 262_144;
    private const long MaxHistoryEvents = 25_000;
    private const long MaxDistributedConcurrency = 10_000;
    private const long MaxCsvHeaderBytes = 10_240;
    private const int MaxJsonAtaDepth = 100;

    /// <summary>N03, N09 and N08 over every JSON-valued field of a state.</summary>
    private static void CheckLiteralLimits(ValidationContext context, StateSite site)
    {
        // One list per thread, refilled for every state: the fields are looked at once and let go.
        var fields = _fields ??= new List<StateJsonField>();
        StateJsonFields.Of(site, fields);
        foreach (var field in fields)
        {
            if (field.Role != JsonFieldRole.Setting) CheckPayloadSize(context, site, field);
            if (site.IsJsonAta && MayNestTooDeep(field.Value)) CheckJsonAtaDepth(context, site, field.Value, field.Pointer);
        }
        fields.Clear();
    }

    [System.ThreadStatic] private static List<StateJsonField>? _fields;

    /// <summary>N03 and N09: the part of a payload or Assign that is fixed text already exceeds 256 KiB.</summary>
    private static void CheckPayloadSize(ValidationContext context, StateSite site, StateJsonField field)
    {
        if (JsonSize.AtMost(field.Value) <= MaxPayloadBytes) return;
        var isStatic = field.Role == JsonFieldRole.StaticPayload;
        var size = JsonSize.AtLeast(field.Value, dollarKeysAreDynamic: !isStatic && !site.IsJsonAta, jsonAtaIsDynamic: !isStatic && site.IsJsonAta);
        if (size <= MaxPayloadBytes) return;
        if (field.Role != JsonFieldRole.Assign)
            context.Report(AslRules.PayloadTooLarge, field.Pointer, field.Label, site.Name, size);
        else if (!HasLiteralVariableOverQuota(field.Value, site.IsJsonAta))
            context.Report(AslRules.AssignTooLarge, field.Pointer, field.Label, site.Name, size);
    }

    /// <summary>
    /// True when one variable alone is a literal over the quota: LanguageRules reports that variable (I10), so
    /// N09 speaks only of an Assign whose variables are each small enough but too large together.
    /// </summary>
    private static bool HasLiteralVariableOverQuota(AslJson assign, bool isJsonAta)
    {
        if (assign is not AslJsonObject variables) return false;
        foreach (var variable in variables.Properties)
        {
            if (!isJsonAta && variable.Name.EndsWith(".$", System.StringComparison.Ordinal)) continue;
            var size = JsonSize.Utf8Length(variable.Value);
            if (size > MaxPayloadBytes && JsonSize.AtLeast(variable.Value, !isJsonAta, isJsonAta) == size) return true;
        }
        return false;
    }

    /// <summary>N08: every JSONata string in a value, however deep.</summary>
    private static void CheckJsonAtaDepth(ValidationContext context, StateSite site, AslJson value, LazyPointer pointer)
    {
        switch (value)
        {
            case AslJsonString { Value: var text } when Values.IsJsonAta(text):
                context.Charge(text.Length);
                var depth = JsonAtaDepth.Of(text);
                if (depth > MaxJsonAtaDepth) context.Report(AslRules.JsonAtaNestingTooDeep, pointer, site.Name, depth);
                break;
            case AslJsonArray array:
                for (var i = 0; i < array.Items.Count; i++) CheckJsonAtaDepth(context, site, array.Items[i], pointer.Item(i));
                break;
            case AslJsonObject obj:
                foreach (var property in obj.Properties)
                    CheckJsonAtaDepth(context, site, property.Value, pointer.Member(property.Name));
                break;
        }
    }

    /// <summary>True when a value holds a JSONata string long enough to open more than 100 brackets.</summary>
    private static bool MayNestTooDeep(AslJson value)
    {
        switch (value)
        {
            case AslJsonString { Value: var text }:
                return text.Length > MaxJsonAtaDepth + 4 && Values.IsJsonAta(text);
            case AslJsonArray array:
                foreach (var item in array.Items) if (MayNestTooDeep(item)) return true;
                return false;
            case AslJsonObject obj:
                foreach (var property in obj.Properties) if (MayNestTooDeep(property.Value)) return true;
                return false;
            default:
                return false;
        }
    }

    /// <summary>N04 (inline Map over literal items), N07 (distributed concurrency and CSV headers).</summary>
    private static void CheckMapLimits(ValidationContext context, StructureIndex index, StateSite site, MapState map, ExecutionKind execution)
    {
        var distributed = map.ItemProcessor?.ProcessorConfig?.Mode == "DISTRIBUTED";
        if (distributed)
        {
            var concurrency = IntegerLiteral.Read(map.MaxConcurrency, site);
            if (concurrency.IsIntegerIn(MaxDistributedConcurrency + 1, long.MaxValue))
                context.Report(AslRules.DistributedConcurrencyTooHigh, site.FieldPointer("MaxConcurrency"), site.Name, concurrency.Value);
        }

        if (map.ItemReader?.ReaderConfig?.CSVHeaders is { } headers && !headers.IsEmpty)
        {
            long bytes = headers.Count - 1; // one delimiter between names
            foreach (var header in headers) bytes += System.Text.Encoding.UTF8.GetByteCount(header ?? "");
            if (bytes > MaxCsvHeaderBytes)
                context.Report(AslRules.CsvHeaderTooLarge, site.FieldPointer("ItemReader").Member("ReaderConfig").Member("CSVHeaders"), site.Name, bytes);
        }

        // Each inline iteration logs its start and end, and each state it runs logs its entry and exit.
        if (distributed || execution.IsExpress || !site.IsJsonAta || map.Items is not AslJsonArray items || map.Processor is not { } processor) return;
        var statesPerIteration = System.Math.Max(1, index.ChildGraph(site, processor)?.ShortestRunLength() ?? 1);
        var events = (long)items.Items.Count * (2 + 2L * statesPerIteration);
        if (events > MaxHistoryEvents)
            context.Report(AslRules.InlineMapHistoryTooLarge, site.FieldPointer("Items"), site.Name, items.Items.Count, events);
    }
}
