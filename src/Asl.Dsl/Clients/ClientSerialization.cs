using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Asl.Clients;

/// <summary>How the typed clients turn inputs and outputs into JSON text.</summary>
public static class ClientSerialization
{
    /// <summary>
    /// The options used when a client is given none: member names as written in C# (as the DSL writes payloads, so
    /// <c>NeedCallback</c> stays <c>NeedCallback</c>), null members left out, enums as their names.
    /// </summary>
    public static JsonSerializerOptions DefaultOptions { get; } = CreateDefaultOptions();

    private static readonly JsonSerializerOptions?[] s_byNaming = new JsonSerializerOptions?[6];

    /// <summary>
    /// The options for a machine that declares <paramref name="naming"/> (<see cref="StateMachineAttribute.JsonNaming"/>):
    /// <see cref="DefaultOptions"/> with that property naming policy, so the JSON has the names the machine's data lambdas
    /// read and write. <see cref="JsonNaming.AsWritten"/> gives <see cref="DefaultOptions"/>. The generated client and the
    /// test harness use these unless given options of their own.
    /// </summary>
    public static JsonSerializerOptions OptionsFor(JsonNaming naming)
    {
        if (naming == JsonNaming.AsWritten || (int)naming < 0 || (int)naming >= s_byNaming.Length) return DefaultOptions;
        return s_byNaming[(int)naming] ??= CreateDefaultOptions(naming);
    }

    private static JsonSerializerOptions CreateDefaultOptions(JsonNaming naming = JsonNaming.AsWritten)
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            PropertyNamingPolicy = DataNaming.PolicyOf(naming),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Reads and writes payloads through either JsonSerializerOptions or a source-generated JsonSerializerContext.</summary>
internal sealed class PayloadSerializer
{
    private readonly JsonSerializerOptions? _options;
    private readonly JsonSerializerContext? _context;

    public PayloadSerializer(JsonSerializerOptions? options) => _options = options ?? ClientSerialization.DefaultOptions;

    public PayloadSerializer(JsonSerializerContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>The options in effect (the context's own options when a context was given).</summary>
    public JsonSerializerOptions Options => _context?.Options ?? _options!;

    public JsonTypeInfo<T> TypeInfo<T>()
    {
        if (_context is not null)
        {
            return _context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
                ?? throw new InvalidOperationException(
                    $"The JsonSerializerContext '{_context.GetType().Name}' has no metadata for {typeof(T)}; add [JsonSerializable(typeof({typeof(T).Name}))] to it.");
        }
        return (JsonTypeInfo<T>)_options!.GetTypeInfo(typeof(T));
    }

    public string Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    /// <summary>Reads an execution's output; a mismatch names the execution and the type.</summary>
    public T Read<T>(string? json, JsonTypeInfo<T> typeInfo, string executionArn)
    {
        try
        {
            return JsonSerializer.Deserialize(json ?? "null", typeInfo)!;
        }
        catch (JsonException e)
        {
            throw new JsonException(
                $"The output of execution '{executionArn}' does not fit {typeof(T)}: {e.Message} Output: {Shorten(json)}. Check the state machine's output type (its IStateMachine<TInput, TOutput>) and the serializer options.",
                e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
    }

    private static string Shorten(string? json) => json is null ? "(none)" : json.Length <= 200 ? json : json[..200] + "…";
}
