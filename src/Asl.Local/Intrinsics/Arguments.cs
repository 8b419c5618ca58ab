using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local.Intrinsics;

/// <summary>Typed access to intrinsic arguments, with messages that name the argument and the type found.</summary>
internal static class Arguments
{
    public static string String(AslJson value, string what)
        => value is AslJsonString s ? s.Value : throw Wrong(what, "a string", value);

    public static AslJsonArray Array(AslJson value, string what)
        => value as AslJsonArray ?? throw Wrong(what, "an array", value);

    public static AslJsonObject Object(AslJson value, string what)
        => value as AslJsonObject ?? throw Wrong(what, "an object", value);

    public static bool Boolean(AslJson value, string what)
        => value is AslJsonBool b ? b.Value : throw Wrong(what, "a boolean", value);

    public static AslJsonNumber Number(AslJson value, string what)
        => value as AslJsonNumber ?? throw Wrong(what, "a number", value);

    /// <summary>An integer argument; numbers with a fraction are rejected.</summary>
    public static long Integer(AslJson value, string what)
    {
        var number = Number(value, what);
        if (number.TryGetInt64(out var result)) return result;
        throw new IntrinsicArgumentException($"{what} must be an integer, but it is {number.Raw}");
    }

    private static IntrinsicArgumentException Wrong(string what, string expected, AslJson found)
        => new($"{what} must be {expected}, but it is {JsonValues.KindName(found)} {Preview(found)}");

    private static string Preview(AslJson value)
    {
        var text = JsonText.Write(value);
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
