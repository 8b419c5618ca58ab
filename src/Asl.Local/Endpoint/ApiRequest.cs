using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Asl.Local.Endpoint;

/// <summary>
/// The JSON body of one API call, read member by member with the constraints of the service model. A member of
/// the wrong JSON type is a SerializationException at once; constraint violations (missing, too long, out of
/// range, not in the enum) are collected and reported together by <see cref="ThrowIfInvalid"/> as one
/// ValidationException, worded as AWS words them.
/// </summary>
internal sealed class ApiRequest
{
    private readonly JsonElement _body;
    private readonly List<string> _violations = new();

    public ApiRequest(string operation, JsonElement body)
    {
        Operation = operation;
        _body = body;
    }

    /// <summary>The operation name (the part of X-Amz-Target after <c>AWSStepFunctions.</c>).</summary>
    public string Operation { get; }

    /// <summary>A string member. <paramref name="sensitive"/> members are not quoted in messages, as in AWS.</summary>
    public string? String(string member, int maxLength, bool required = false, int minLength = 1, bool sensitive = false)
    {
        var value = Read(member, JsonValueKind.String, "a string")?.GetString();
        if (value is null)
        {
            if (required) Violation(member, null, sensitive, "Member must not be null");
            return null;
        }
        if (value.Length < minLength)
            Violation(member, value, sensitive, $"Member must have length greater than or equal to {minLength}");
        else if (value.Length > maxLength)
            Violation(member, value, sensitive, $"Member must have length less than or equal to {maxLength}");
        return value;
    }

    /// <summary>A sensitive string member whose limit is in UTF-8 bytes (execution input and task output).</summary>
    public string? Payload(string member, int maxBytes, bool required = false)
    {
        var value = Read(member, JsonValueKind.String, "a string")?.GetString();
        if (value is null)
        {
            if (required) Violation(member, null, sensitive: true, "Member must not be null");
            return null;
        }
        if (Encoding.UTF8.GetByteCount(value) > maxBytes)
            Violation(member, value, sensitive: true, $"Member must have size less than or equal to {maxBytes} bytes in UTF-8 encoding");
        return value;
    }

    /// <summary>A string member restricted to <paramref name="values"/>.</summary>
    public string? Enum(string member, params string[] values)
    {
        var value = Read(member, JsonValueKind.String, "a string")?.GetString();
        if (value is not null && !values.Contains(value, StringComparer.Ordinal))
            Violation(member, value, sensitive: false, $"Member must satisfy enum value set: [{string.Join(", ", values)}]");
        return value;
    }

    /// <summary>An integer member within an inclusive range.</summary>
    public int? Integer(string member, int min, int max)
    {
        if (Read(member, JsonValueKind.Number, "an integer") is not { } element) return null;
        if (!element.TryGetInt64(out var value))
            throw WireErrors.Serialization($"The member '{member}' must be an integer, but it is {element.GetRawText()}.");
        if (value < min)
            Violation(member, value.ToString(CultureInfo.InvariantCulture), sensitive: false, $"Member must have value greater than or equal to {min}");
        else if (value > max)
            Violation(member, value.ToString(CultureInfo.InvariantCulture), sensitive: false, $"Member must have value less than or equal to {max}");
        return value < int.MinValue || value > int.MaxValue ? null : (int)value;
    }

    /// <summary>A boolean member.</summary>
    public bool? Boolean(string member)
    {
        if (!_body.TryGetProperty(member, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(member, "a boolean", element),
        };
    }

    /// <summary>A structure member, kept as JSON (configuration that is stored and echoed, such as loggingConfiguration).</summary>
    public JsonElement? Structure(string member)
    {
        if (Read(member, JsonValueKind.Object, "an object") is not { } element) return null;
        return element.Clone();
    }

    /// <summary>A list member (such as tags); only its type is checked.</summary>
    public JsonElement? List(string member) => Read(member, JsonValueKind.Array, "an array")?.Clone();

    /// <summary>True when the body has the member with a non-null value.</summary>
    public bool Has(string member) => _body.TryGetProperty(member, out var element) && element.ValueKind != JsonValueKind.Null;

    /// <summary>Throws one ValidationException listing every constraint violation found so far.</summary>
    public void ThrowIfInvalid()
    {
        if (_violations.Count == 0) return;
        var count = _violations.Count == 1 ? "1 validation error detected" : $"{_violations.Count} validation errors detected";
        throw new ValidationException($"{count}: {string.Join("; ", _violations)}");
    }

    private JsonElement? Read(string member, JsonValueKind kind, string expected)
    {
        if (!_body.TryGetProperty(member, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != kind) throw WrongType(member, expected, element);
        return element;
    }

    private static StepFunctionsException WrongType(string member, string expected, JsonElement found)
        => WireErrors.Serialization($"The member '{member}' must be {expected}, but it is {KindName(found.ValueKind)}. Send the request body as the service model describes it.");

    private void Violation(string member, string? value, bool sensitive, string constraint)
    {
        var shown = value is null ? "Value null" : sensitive ? "Value" : $"Value '{value}'";
        _violations.Add($"{shown} at '{member}' failed to satisfy constraint: {constraint}");
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
