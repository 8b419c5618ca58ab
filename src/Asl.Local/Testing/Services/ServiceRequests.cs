using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Asl.Json;
using Asl.Local;
using Asl.Local.Errors;
using Asl.Local.Json;
using Asl.Local.Tasks;

namespace Asl.Testing;

/// <summary>Reading the requests of the integrations and writing their answers in the shapes the AWS SDK gives Step Functions.</summary>
internal static class ServiceRequests
{
    public static JsonObject Parse(AslJson parameters, string service) =>
        JsonNode.Parse(JsonText.Write(parameters)) as JsonObject
        ?? throw new StatesError(service + ".ValidationException", "The request is not an object.");

    /// <summary>A member given as text, or as any other JSON (which the integration sends as JSON text).</summary>
    public static string? Text(JsonObject request, string member) => request[member] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };

    public static string? String(JsonObject request, string member) => request[member] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Message attributes as name → value (StringValue, or BinaryValue as given).</summary>
    public static IReadOnlyDictionary<string, string> Attributes(JsonObject request)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request["MessageAttributes"] is not JsonObject attributes) return result;
        foreach (var (name, value) in attributes)
            result[name] = (string?)value?["StringValue"] ?? value?["BinaryValue"]?.ToString() ?? "";
        return result;
    }

    /// <summary>The last segment of an ARN, URL or name: what a mock and a request are matched by.</summary>
    public static string LastSegment(string value)
    {
        var at = value.LastIndexOfAny([':', '/']);
        return at < 0 ? value : value[(at + 1)..];
    }

    public static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>SQS's digest of String message attributes: each, by name, as length-prefixed name, type and value.</summary>
    public static string AttributesMd5(JsonObject request)
    {
        if (request["MessageAttributes"] is not JsonObject attributes || attributes.Count == 0) return "";
        using var buffer = new MemoryStream();
        foreach (var (name, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Prefixed(buffer, name);
            Prefixed(buffer, (string?)value?["DataType"] ?? "String");
            buffer.WriteByte(1);
            Prefixed(buffer, (string?)value?["StringValue"] ?? "");
        }
        return Convert.ToHexStringLower(MD5.HashData(buffer.ToArray()));
    }

    /// <summary>A result with the SDK's HTTP metadata, as the optimized SNS and SQS integrations return it.</summary>
    public static AslJson WithSdkMetadata(LocalEngine engine, JsonObject result, string contentType)
    {
        var requestId = engine.NewRequestId();
        return new JsonObjectBuilder((AslJsonObject)JsonText.Parse(result.ToJsonString()))
            .AddUnique("SdkHttpMetadata", ServiceResponses.HttpMetadata(engine, requestId, Encoding.UTF8.GetByteCount(result.ToJsonString()), contentType: contentType))
            .AddUnique("SdkResponseMetadata", ServiceResponses.ResponseMetadata(requestId))
            .Build();
    }

    private static void Prefixed(Stream buffer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
