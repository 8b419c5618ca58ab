using System.Globalization;
using System.Text.Json;

namespace Asl.Api.Http;

/// <summary>
/// AWS JSON 1.0 timestamps: JSON numbers of seconds since 1970 with a fraction (for example
/// <c>1700000000.123</c>). Reading also accepts an ISO 8601 string, which some emulators send.
/// </summary>
internal static class EpochSeconds
{
    public static DateTimeOffset Read(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var seconds)) return FromSeconds(seconds);
        if (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return parsed;
        throw new JsonException($"A timestamp must be a number of seconds since 1970, but it is {value.ValueKind}.");
    }

    public static DateTimeOffset FromSeconds(decimal seconds)
        => DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero));

    public static decimal ToSeconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds() / 1000m;
}
