using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Asl.Model;

namespace Asl.Generators.Parsing;

/// <summary>
/// Speaks C# about the query-language findings of a model built by the fluent API: a field of the other language
/// (ASL1242, ASL1243, ASL1245) or a JSONPath state in a JSONata machine (ASL1244) is the result of a builder call, so it is
/// reported as ASL0015 on that call, naming the C# method that was used and the one to use instead.
/// </summary>
internal static class LanguageFindings
{
    private const string MakeJsonAta = ".QueryLanguage(QueryLanguage.JsonAta)";

    /// <summary>The C# form of a finding, or null when it is not about the query language.</summary>
    public static DiagnosticInfo? Translate(AslDiagnostic finding, StateSite? site, OriginInfo? origin, LocationInfo? location)
    {
        if (finding.Code is not ("ASL1242" or "ASL1243" or "ASL1244" or "ASL1245") || site is null) return null;
        var tokens = finding.Pointer.Substring(site.Pointer.Length).TrimStart('/').Split('/');
        var field = JsonPointer.Unescape(tokens[tokens.Length - 1]);
        var inCatch = tokens.Length > 1 && tokens[0] == "Catch";
        var inRule = tokens.Length > 1 && tokens[0] == "Choices";
        var call = origin is { Method.Length: > 0 } ? "." + origin.Method + "(...)" : inRule ? "This condition" : "This call";
        var state = site.Name;
        string message;
        switch (finding.Code)
        {
            case "ASL1244":
                message = $".QueryLanguage(QueryLanguage.JsonPath) makes state \"{state}\" JSONPath, but the workflow is JSONata, and AWS rejects JSONPath states in a JSONata machine. "
                    + "Remove the call and write the state's fields in JSONata, or make the workflow JSONPath and give its JSONata states " + MakeJsonAta + ".";
                break;
            case "ASL1243":
                message = $"{call} writes \"{field}\", which only JSONPath states have, but state \"{state}\" is JSONata"
                    + (site.State.QueryLanguage is null ? " (the workflow's query language)" : "") + ". " + JsonAtaFix(field, site.State, inCatch) + ".";
                break;
            default:
                message = $"{call} writes \"{field}\", which only JSONata states have, but state \"{state}\" is JSONPath"
                    + (finding.Code == "ASL1245" ? " (states inside a Map or Parallel take the workflow's query language, not their parent's)" : "")
                    + ". " + JsonPathFix(field, site.State, inCatch) + $", or call {MakeJsonAta} on the state.";
                break;
        }
        return DiagnosticInfo.Create(DiagnosticDescriptors.QueryLanguageMismatch, location, message);
    }

    private static string JsonAtaFix(string field, State state, bool inCatch) => (field, state) switch
    {
        ("ResultPath", _) when inCatch => "Use .Catch(..., output: ...) with $states.errorOutput, for example output: \"{% $merge([$states.input, {'error': $states.errorOutput}]) %}\", or output: \"{% $states.input %}\" to drop the error",
        ("Parameters", TaskState) => "Use .Request(...), which writes Parameters or Arguments for the state's query language, or .Arguments(...)",
        ("Parameters", MapState) => "Use .ItemSelector(...)",
        ("Parameters", PassState) => "Use .Output(...)",
        ("Parameters", _) => "Use .Arguments(...)",
        ("ResultSelector", _) => "Use .Output(...) with $states.result, for example .Output(\"{% $states.result.Payload %}\")",
        ("ResultPath", _) => "Use .Output(...) or .Assign(...), for example .Output(\"{% $merge([$states.input, {'result': $states.result}]) %}\")",
        ("InputPath", _) => "Read $states.input in .Arguments(...) or .Output(...) instead",
        ("OutputPath", _) => "Use .Output(...)",
        ("Result", _) => "Use .Output(...)",
        ("ItemsPath", _) => "Use .Items(...), which takes a dynamic value such as Input.At(\"$.items\") in either language",
        ("TimeoutSecondsPath", _) => "Use .TimeoutSeconds(...) with a dynamic value such as Input.At(\"$.timeout\") or a JSONata expression",
        ("HeartbeatSecondsPath", _) => "Use .HeartbeatSeconds(...) with a dynamic value or a JSONata expression",
        ("SecondsPath", _) => "Use .Seconds(...) with a dynamic value such as Input.At(\"$.delay\") or a JSONata expression",
        ("TimestampPath", _) => "Use .Timestamp(...) with a dynamic value or a JSONata expression",
        ("MaxConcurrencyPath", _) => "Use .MaxConcurrency(...) with a dynamic value or a JSONata expression",
        ("ErrorPath", _) => "Use .Error(...), which takes text with dynamic values in either language",
        ("CausePath", _) => "Use .Cause(...), which takes text with dynamic values in either language",
        ("Variable" or "And" or "Or" or "Not", ChoiceState) => "Use Condition.JsonAta(\"{% ... %}\"), for example Condition.JsonAta(\"{% $states.input.status = 'DONE' %}\")",
        (_, ChoiceState) => "Use Condition.JsonAta(\"{% ... %}\") instead of the JSONPath data tests",
        _ => "Write the field's JSONata form instead",
    };

    private static string JsonPathFix(string field, State state, bool inCatch) => (field, state) switch
    {
        ("Output", _) when inCatch => "Use .Catch(..., resultPath: ...)",
        ("Arguments", TaskState) => "Use .Request(...), which writes Parameters or Arguments for the state's query language, or .Parameters(...)",
        ("Arguments", _) => "Use .Parameters(...)",
        ("Output", PassState) => "Use .Parameters(...) or .Result(...) with .ResultPath(...)",
        ("Output", ChoiceState or SucceedState) => "Use .OutputPath(...)",
        ("Output", _) => "Use .ResultSelector(...), .ResultPath(...) and .OutputPath(...)",
        ("Items", _) => "Use .Items(...) with a dynamic value such as Input.At(\"$.items\"), or .ItemsPath(...)",
        ("Condition", _) => "Use the data tests, such as Condition.StringEquals(\"$.status\", \"DONE\")",
        _ => "Write the field's JSONPath form instead",
    };

    /// <summary>The state a pointer is inside: the deepest site whose pointer starts it.</summary>
    public static StateSite? StateAt(string pointer, IEnumerable<StateSite> sites)
    {
        StateSite? best = null;
        foreach (var site in sites)
            if ((pointer == site.Pointer || pointer.StartsWith(site.Pointer + "/", System.StringComparison.Ordinal)) && (best is null || site.Pointer.Length > best.Pointer.Length))
                best = site;
        return best;
    }
}
