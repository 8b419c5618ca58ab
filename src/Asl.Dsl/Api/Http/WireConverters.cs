using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Asl.Api.Http;

/// <summary>Reads and writes <see cref="DateTimeOffset"/> members as epoch seconds.</summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var seconds)) return EpochSeconds.FromSeconds(seconds);
        if (reader.TokenType == JsonTokenType.String && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return parsed;
        throw new JsonException($"A timestamp must be a number of seconds since 1970, but the token is {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteNumberValue(EpochSeconds.ToSeconds(value));
}

/// <summary>Reads and writes <see cref="ExecutionStatus"/> with AWS's names; unknown names read as <see cref="ExecutionStatus.Unknown"/>.</summary>
internal sealed class ExecutionStatusConverter : JsonConverter<ExecutionStatus>
{
    public override ExecutionStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String
            ? ExecutionStatusNames.FromAwsName(reader.GetString())
            : throw new JsonException($"An execution status must be a string, but the token is {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, ExecutionStatus value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToAwsName());
}
