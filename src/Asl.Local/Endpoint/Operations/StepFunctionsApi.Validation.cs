using Asl.Diagnostics;

namespace Asl.Local.Endpoint.Operations;

// ValidateStateMachineDefinition, answered by the reader and the validator.
internal sealed partial class StepFunctionsApi
{
    private const int DefaultMaxDiagnostics = 100;

    private byte[] ValidateStateMachineDefinition(ApiRequest request, CancellationToken cancellation)
    {
        var definition = request.String("definition", MaxDefinitionLength, required: true, sensitive: true);
        var type = request.Enum("type", "STANDARD", "EXPRESS") ?? "STANDARD";
        var severity = request.Enum("severity", "ERROR", "WARNING") ?? "ERROR";
        var maxResults = request.Integer("maxResults", 0, 100);
        request.ThrowIfInvalid();

        var minimum = severity == "WARNING" ? AslSeverity.Warning : AslSeverity.Error;
        var (_, findings) = DefinitionCheck.Check(definition!, type, minimum, cancellation);
        var limit = maxResults is null or 0 ? DefaultMaxDiagnostics : maxResults.Value;
        var failed = findings.Any(f => f.Diagnostic.Severity == AslSeverity.Error);
        return ResponseJson.Object(w =>
        {
            w.WriteString("result", failed ? "FAIL" : "OK");
            w.WriteStartArray("diagnostics");
            foreach (var finding in findings.Take(limit))
            {
                w.WriteStartObject();
                w.WriteString("severity", finding.Diagnostic.Severity == AslSeverity.Error ? "ERROR" : "WARNING");
                w.WriteString("code", finding.AwsCode);
                w.WriteString("message", finding.Message);
                w.WriteString("location", finding.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteBoolean("truncated", findings.Count > limit);
        });
    }
}
