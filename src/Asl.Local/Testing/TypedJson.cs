using System.Text.Json;
using Asl.Json;
using Asl.Local.Json;

namespace Asl.Testing;

/// <summary>Moves values between the engine's JSON and the test's types, through System.Text.Json.</summary>
internal sealed class TypedJson(JsonSerializerOptions options)
{
    public JsonSerializerOptions Options { get; } = options;

    public T Read<T>(AslJson value, string what)
    {
        var text = JsonText.Write(value);
        try
        {
            return JsonSerializer.Deserialize<T>(text, Options)!;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{what} cannot be read as {TypeName(typeof(T))}: {e.Message} The JSON: {Shorten(text)}", e);
        }
    }

    public T Read<T>(string json, string what) => Read<T>(JsonText.Parse(json), what);

    public AslJson Write<T>(T value) => JsonText.Parse(JsonSerializer.Serialize(value, Options));

    public string WriteText<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string TypeName(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">"
        : type.Name;

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
