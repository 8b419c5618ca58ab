using System.Collections.Generic;

namespace Asl.Diagnostics;

/// <summary>
/// The code AWS's ValidateStateMachineDefinition and CreateStateMachine give for what a rule finds: the documented
/// codes (MISSING_TRANSITION_TARGET, INVALID_RESOURCE, ...) where AWS has one, SCHEMA_VALIDATION_FAILED for the
/// other errors, and AWS's own warning codes (NO_DOLLAR, NO_PATH, PASS_RESULT_IS_STATIC). Warnings AWS does not
/// report keep the rule's code.
/// </summary>
public static class AwsDiagnosticCodes
{
    /// <summary>The generic code of definitions that break the States Language schema.</summary>
    public const string SchemaValidationFailed = "SCHEMA_VALIDATION_FAILED";

    private static readonly Dictionary<string, string> ByRule = new(System.StringComparer.Ordinal)
    {
        ["ASL1001"] = "INVALID_JSON_DESCRIPTION",
        ["ASL1093"] = "INVALID_JSON_DESCRIPTION",
        ["ASL1023"] = "MISSING_TRANSITION_TARGET",
        ["ASL1041"] = "MISSING_TRANSITION_TARGET",
        ["ASL1042"] = "MISSING_TRANSITION_TARGET",
        ["ASL1043"] = "MISSING_TRANSITION_TARGET",
        ["ASL1044"] = "MISSING_END_STATE",
        ["ASL1046"] = "DUPLICATE_STATE_NAME",
        ["ASL1047"] = "INVALID_STATE_NAME",
        ["ASL1049"] = "TOO_DEEPLY_NESTED",
        ["ASL1110"] = "INVALID_RESOURCE",
        ["ASL1111"] = "INVALID_RESOURCE",
        ["ASL1277"] = "INVALID_RESOURCE",
        ["ASL1296"] = "INVALID_RESOURCE",
        ["ASL1352"] = "INVALID_RESOURCE",
        ["ASL1281"] = "INVALID_LABEL_NAME",
        ["ASL1299"] = "DUPLICATE_LABEL_NAME",
        ["ASL1221"] = "INVALID_JSONATA_EXPRESSION",
        ["ASL1224"] = "UNSUPPORTED_JSONATA_EXPRESSION",
        ["ASL1103"] = "PASS_RESULT_IS_STATIC",
        ["ASL1209"] = "NO_DOLLAR",
        ["ASL1210"] = "NO_PATH",
    };

    /// <summary>The AWS code for a finding of <paramref name="code"/> at <paramref name="severity"/>.</summary>
    public static string For(string code, AslSeverity severity) =>
        ByRule.TryGetValue(code, out var aws) ? aws : severity == AslSeverity.Error ? SchemaValidationFailed : code;
}
