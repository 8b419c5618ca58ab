using System;
using System.Globalization;
using Asl.Diagnostics;
using Asl.Json;
using Asl.JsonAta;
using Asl.Model;

namespace Asl.Validation;

// E11, G02, G11 and G14: fields with a fixed type, and the Resource fields that are never evaluated.
internal sealed partial class LanguageRules
{
    /// <summary>E11: Task, ItemReader and ResultWriter resources are literal ARNs in either language.</summary>
    private static void CheckResources(ValidationContext context, StateSite site)
    {
        // Pointers (parent + token) are built only for findings.
        void Check(string? resource, string label, string parent, string token)
        {
            if (IsJsonAtaLike(resource)) context.Report(AslRules.JsonAtaResource, JsonPointer.Append(parent, token), label, site.Name);
        }

        switch (site.State)
        {
            case TaskState task:
                Check(task.Resource, "Resource", site.Pointer, "Resource");
                break;
            case MapState map:
                if (map.ItemReader is { } reader)
                    Check(reader.Resource, "ItemReader.Resource", site.Field("ItemReader"), "Resource");
                if (map.ResultWriter is { } writer)
                    Check(writer.Resource, "ResultWriter.Resource", site.Field("ResultWriter"), "Resource");
                break;
        }
    }

    private static bool IsJsonAtaLike(string? value) =>
        JsonAtaText.IsExpression(value) || JsonAtaText.TryGetPaddedExpression(value, out _, out _);

    /// <summary>G02: in a JSONPath state {% %} is plain text, which a field of a fixed type cannot hold.</summary>
    private static void CheckJsonAtaInJsonPathFields(ValidationContext context, StateSite site)
    {
        void Check(AslJson? value, string label, string parent, string token, ExpectedType expected, string alternative)
        {
            if (value is AslJsonString s && IsJsonAtaLike(s.Value))
                context.Report(AslRules.JsonAtaInJsonPathState, JsonPointer.Append(parent, token), label, site.Name, Expectation(expected), alternative);
        }

        switch (site.State)
        {
            case TaskState task:
                Check(task.TimeoutSeconds, "TimeoutSeconds", site.Pointer, "TimeoutSeconds", ExpectedType.PositiveInteger, "\"TimeoutSecondsPath\" with a reference path");
                Check(task.HeartbeatSeconds, "HeartbeatSeconds", site.Pointer, "HeartbeatSeconds", ExpectedType.PositiveInteger, "\"HeartbeatSecondsPath\" with a reference path");
                break;
            case WaitState wait:
                Check(wait.Seconds, "Seconds", site.Pointer, "Seconds", ExpectedType.NonNegativeInteger, "\"SecondsPath\" with a reference path");
                Check(wait.Timestamp, "Timestamp", site.Pointer, "Timestamp", ExpectedType.Timestamp, "\"TimestampPath\" with a reference path");
                break;
            case MapState map:
                Check(map.MaxConcurrency, "MaxConcurrency", site.Pointer, "MaxConcurrency", ExpectedType.NonNegativeInteger, "\"MaxConcurrencyPath\" with a reference path");
                Check(map.ToleratedFailureCount, "ToleratedFailureCount", site.Pointer, "ToleratedFailureCount", ExpectedType.NonNegativeInteger, "\"ToleratedFailureCountPath\" with a reference path");
                Check(map.ToleratedFailurePercentage, "ToleratedFailurePercentage", site.Pointer, "ToleratedFailurePercentage", ExpectedType.Percentage, "\"ToleratedFailurePercentagePath\" with a reference path");
                if (map.ItemReader?.ReaderConfig?.MaxItems is { } maxItems)
                    Check(maxItems, "ItemReader.ReaderConfig.MaxItems", JsonPointer.Append(site.Field("ItemReader"), "ReaderConfig"), "MaxItems", ExpectedType.PositiveInteger, "\"MaxItemsPath\" with a reference path");
                if (map.ItemBatcher is { } itemBatcher)
                {
                    Check(itemBatcher.MaxItemsPerBatch, "ItemBatcher.MaxItemsPerBatch", site.Field("ItemBatcher"), "MaxItemsPerBatch", ExpectedType.PositiveInteger, "\"MaxItemsPerBatchPath\" with a reference path");
                    Check(itemBatcher.MaxInputBytesPerBatch, "ItemBatcher.MaxInputBytesPerBatch", site.Field("ItemBatcher"), "MaxInputBytesPerBatch", ExpectedType.PositiveInteger, "\"MaxInputBytesPerBatchPath\" with a reference path");
                }
                break;
        }
    }

    private static string Expectation(ExpectedType expected) => expected switch
    {
        ExpectedType.PositiveInteger => "a positive integer",
        ExpectedType.NonNegativeInteger => "a non-negative integer",
        ExpectedType.Percentage => "a number from 0 to 100",
        ExpectedType.Boolean => "a boolean",
        ExpectedType.Array => "an array",
        ExpectedType.String => "a string",
        ExpectedType.Timestamp => "a timestamp string",
        _ => "a value",
    };

    /// <summary>
    /// G11. A string that uses $ in a field needing a number, boolean or array is an expression whose {% %}
    /// delimiters are missing. Other wrong literals are the field's own rule (E12, E51, J04, J05 ...), except for a
    /// Choice rule's Condition, which only this rule checks in JSONata states.
    /// </summary>
    private static void CheckTypedLiteral(ValidationContext context, StateSite site, JsonAtaField field)
    {
        if (field.Expected is ExpectedType.Any or ExpectedType.String or ExpectedType.Timestamp) return;
        switch (field.Value)
        {
            case AslJsonString s when s.Value.IndexOf('$') >= 0 && !Values.IsPlaceholder(s.Value):
                context.Report(AslRules.JsonAtaFieldLiteralType, field.Pointer, field.Label, site.Name, Describe(field.Value), Expectation(field.Expected),
                    $" A string is evaluated only when it is a JSONata string: write \"{{% {Shorten(s.Value)} %}}\".");
                break;
            case AslJsonString s when Values.IsPlaceholder(s.Value):
                break;
            case AslJsonBool:
                break;
            case var other when field.Expected == ExpectedType.Boolean:
                context.Report(AslRules.JsonAtaFieldLiteralType, field.Pointer, field.Label, site.Name, Describe(other), Expectation(field.Expected), "");
                break;
        }
    }

    /// <summary>G14: an expression that is a single literal can be checked against the field's type now.</summary>
    private static void CheckConstantType(ValidationContext context, StateSite site, JsonAtaField field, JsonAtaAnalysis analysis)
    {
        if (analysis.Constant is not { } literal) return;
        if (Fits(field.Expected, literal)) return;
        context.Report(AslRules.ConstantOfWrongType, field.Pointer, field.Label, site.Name, DescribeConstant(literal),
            Expectation(field.Expected));
    }

    private static bool Fits(ExpectedType expected, JsonAtaNode literal)
    {
        var value = (literal as JsonAtaLiteral)?.Value;
        var isNumber = value is double;
        var number = value is double d ? d : 0;
        var isInteger = isNumber && Math.Floor(number) == number;
        return expected switch
        {
            ExpectedType.PositiveInteger => isInteger && number > 0,
            ExpectedType.NonNegativeInteger => isInteger && number >= 0,
            ExpectedType.Percentage => isNumber && number >= 0 && number <= 100,
            ExpectedType.Boolean => value is bool,
            ExpectedType.String or ExpectedType.Timestamp => value is string,
            // A single literal is a scalar, never an array.
            ExpectedType.Array => false,
            _ => true,
        };
    }

    private static string DescribeConstant(JsonAtaNode literal) => (literal as JsonAtaLiteral)?.Value switch
    {
        string text => "the string '" + Shorten(text) + "'",
        double number => "the number " + JsonAtaNumbers.Format(number),
        bool b => b ? "true" : "false",
        null when literal is JsonAtaRegex => "a regular expression",
        _ => "null",
    };
}
