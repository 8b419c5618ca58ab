using System;
using Asl.Json;
using Asl.Model;

namespace Asl.Diagrams;

/// <summary>The short second line of a state's node: what a Task calls, how long a Wait waits, what a Fail raises.</summary>
internal static class StateDetails
{
    private const int MaxLength = 40;

    public static string? Describe(State state) => state switch
    {
        TaskState task => ChoiceText.Shorten(Resource(task.Resource), MaxLength),
        WaitState wait => Wait(wait),
        FailState fail => fail.Error is { } error ? ChoiceText.Shorten(Text(error), MaxLength)
            : fail.ErrorPath is { } path ? ChoiceText.Shorten(path, MaxLength) : null,
        MapState map => map.Processor?.ProcessorConfig?.Mode == "DISTRIBUTED" ? "distributed" : null,
        _ => null,
    };

    /// <summary>
    /// A resource ARN without what every ARN repeats: <c>lambda:invoke</c> for
    /// <c>arn:aws:states:::lambda:invoke</c>, <c>lambda:NAME</c> for a Lambda function's ARN, <c>activity:NAME</c>
    /// for an activity's.
    /// </summary>
    internal static string Resource(string resource)
    {
        var integration = resource.IndexOf(":::", StringComparison.Ordinal);
        if (integration >= 0 && resource.StartsWith("arn:", StringComparison.Ordinal)) return resource.Substring(integration + 3);
        foreach (var kind in new[] { ":function:", ":activity:" })
        {
            var at = resource.IndexOf(kind, StringComparison.Ordinal);
            if (at >= 0 && resource.StartsWith("arn:", StringComparison.Ordinal))
                return (kind == ":function:" ? "lambda:" : "activity:") + resource.Substring(at + kind.Length);
        }
        return resource;
    }

    private static string? Wait(WaitState wait)
    {
        if (wait.Seconds is AslJsonNumber seconds) return "wait " + Duration(seconds);
        if (wait.Seconds is { } secondsExpression) return "wait " + ChoiceText.Shorten(Text(secondsExpression), MaxLength - 7) + " s";
        if (wait.SecondsPath is { } secondsPath) return "wait " + ChoiceText.Shorten(secondsPath, MaxLength - 7) + " s";
        if (wait.Timestamp is { } timestamp) return "until " + ChoiceText.Shorten(Text(timestamp), MaxLength - 6);
        if (wait.TimestampPath is { } timestampPath) return "until " + ChoiceText.Shorten(timestampPath, MaxLength - 6);
        return null;
    }

    /// <summary>Whole hours or minutes as such ("wait 10 min"), anything else in seconds.</summary>
    private static string Duration(AslJsonNumber seconds)
    {
        if (!seconds.TryGetInt64(out var value) || value <= 0) return seconds.Raw + " s";
        if (value % 3600 == 0) return (value / 3600).ToString(System.Globalization.CultureInfo.InvariantCulture) + " h";
        if (value % 60 == 0) return (value / 60).ToString(System.Globalization.CultureInfo.InvariantCulture) + " min";
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s";
    }

    private static string Text(AslJson value) => value is AslJsonString text ? text.Value : Writing.AslWriter.WriteValue(value);
}
