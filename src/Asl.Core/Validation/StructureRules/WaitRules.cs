using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// E50–E52 and N04 (waits): how long a Wait state waits.
internal sealed partial class StructureRules
{
    private static void CheckWait(ValidationContext context, StateSite site, WaitState wait, ExecutionKind execution)
    {
        CheckWaitDurationCount(context, site, wait);

        var seconds = IntegerLiteral.Read(wait.Seconds, site);
        if (seconds.IsWrong(0, MaxTimeoutSeconds))
            context.Report(AslRules.InvalidWaitSeconds, site.FieldPointer("Seconds"), site.Name, IntegerLiteral.Describe(wait.Seconds));
        else if (seconds.IsIntegerIn(execution.MaxDurationSeconds + 1, MaxTimeoutSeconds))
            context.Report(AslRules.WaitLongerThanExecution, site.FieldPointer("Seconds"), site.Name, seconds.Value, execution.Description, execution.MaxDurationSeconds);

        CheckWaitTimestamp(context, site, wait.Timestamp);
    }

    /// <summary>E50: JSONPath needs exactly one of the four fields; JSONata exactly one of Seconds and Timestamp.</summary>
    private static void CheckWaitDurationCount(ValidationContext context, StateSite site, WaitState wait)
    {
        // The *Path fields in a JSONata state are H03's finding (LanguageRules); they do not count here.
        var present = new List<string>(4);
        if (wait.Seconds is not null) present.Add("Seconds");
        if (!site.IsJsonAta && wait.SecondsPath is not null) present.Add("SecondsPath");
        if (wait.Timestamp is not null) present.Add("Timestamp");
        if (!site.IsJsonAta && wait.TimestampPath is not null) present.Add("TimestampPath");
        if (present.Count == 1) return;

        var allowed = site.IsJsonAta
            ? "\"Seconds\" or \"Timestamp\" (JSONata)"
            : "\"Seconds\", \"SecondsPath\", \"Timestamp\" or \"TimestampPath\"";
        if (present.Count == 0)
            context.Report(AslRules.WaitDurationCount, site.Pointer, site.Name, "says neither how long nor until when to wait", allowed, "add one");
        else
            context.Report(AslRules.WaitDurationCount, site.FieldPointer(present[1]), site.Name,
                "has " + string.Join(" and ", present.ConvertAll(f => "\"" + f + "\"")), allowed, "keep one and remove the others");
    }

    /// <summary>E52: a literal timestamp is RFC 3339 with upper-case T and Z.</summary>
    private static void CheckWaitTimestamp(ValidationContext context, StateSite site, AslJson? timestamp)
    {
        if (timestamp is null || Values.IsPlaceholder(timestamp) || Values.IsJsonAta(timestamp)) return;
        var problem = timestamp is AslJsonString text ? Rfc3339.Problem(text.Value) : "it must be a string";
        if (problem is not null)
            context.Report(AslRules.InvalidWaitTimestamp, site.FieldPointer("Timestamp"), site.Name, IntegerLiteral.Describe(timestamp), problem);
    }
}
