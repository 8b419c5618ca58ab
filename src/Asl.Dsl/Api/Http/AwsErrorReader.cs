using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Asl.Api.Http;

/// <summary>
/// Turns an AWS JSON 1.0 error answer into a <see cref="StepFunctionsApiException"/>. The code comes from the
/// body's <c>__type</c> (or <c>code</c>), else the <c>x-amzn-ErrorType</c> header, else the HTTP status name; like
/// botocore, anything after a <c>:</c> and everything up to the last <c>#</c> is dropped
/// (<c>com.amazonaws.states#ExecutionDoesNotExist</c> → <c>ExecutionDoesNotExist</c>).
/// </summary>
internal static class AwsErrorReader
{
    public static StepFunctionsApiException Read(string operation, HttpStatusCode status, HttpResponseHeaders headers, byte[] body)
    {
        var (typeName, message) = ReadBody(body);
        typeName ??= headers.TryGetValues("x-amzn-ErrorType", out var types) ? types.FirstOrDefault() : null;
        var code = typeName is null ? null : CleanCode(typeName);
        if (string.IsNullOrEmpty(code)) code = status.ToString();
        message ??= $"The endpoint answered {operation} with HTTP {(int)status} ({status}) and no error message.";
        return new StepFunctionsApiException(code, message, (int)status, RequestIdOf(headers));
    }

    /// <summary>The request id AWS sends in <c>x-amzn-RequestId</c>, or null.</summary>
    public static string? RequestIdOf(HttpResponseHeaders headers)
        => headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;

    /// <summary>Keeps the error name: drops a <c>:…</c> suffix and a <c>namespace#</c> prefix.</summary>
    public static string CleanCode(string typeName)
    {
        var code = typeName;
        var colon = code.IndexOf(':');
        if (colon >= 0) code = code[..colon];
        var hash = code.LastIndexOf('#');
        if (hash >= 0) code = code[(hash + 1)..];
        return code.Trim();
    }

    private static (string? TypeName, string? Message) ReadBody(byte[] body)
    {
        if (body.Length == 0) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, null);
            var root = document.RootElement;
            return (String(root, "__type") ?? String(root, "code") ?? String(root, "Code"),
                String(root, "message") ?? String(root, "Message") ?? String(root, "errorMessage"));
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, for example): the status and headers still tell what happened.
            return (null, null);
        }
    }

    private static string? String(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
