using System.Collections.Generic;

namespace Asl.JsonAta;

/// <summary>The functions a Step Functions JSONata expression can call without defining them.</summary>
internal static class JsonAtaFunctions
{
    /// <summary>JSONata 2.0's built-in functions (names without <c>$</c>), <c>$eval</c> included.</summary>
    private static readonly HashSet<string> BuiltIn = new(System.StringComparer.Ordinal)
    {
        "sum", "count", "max", "min", "average", "string", "substring", "substringBefore", "substringAfter",
        "lowercase", "uppercase", "length", "trim", "pad", "match", "contains", "replace", "split", "join",
        "formatNumber", "formatBase", "formatInteger", "parseInteger", "number", "floor", "ceil", "round", "abs",
        "sqrt", "power", "random", "boolean", "not", "map", "zip", "filter", "single", "reduce", "sift", "keys",
        "lookup", "append", "exists", "spread", "merge", "reverse", "each", "error", "assert", "type", "sort",
        "shuffle", "distinct", "base64encode", "base64decode", "encodeUrlComponent", "encodeUrl",
        "decodeUrlComponent", "decodeUrl", "eval", "toMillis", "fromMillis", "clone", "now", "millis",
    };

    /// <summary>
    /// The functions Step Functions adds, with the number of arguments each accepts. <c>$random</c> replaces
    /// JSONata's own and takes an optional seed.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (int Min, int Max, string Usage)> StepFunctionsArity =
        new Dictionary<string, (int, int, string)>(System.StringComparer.Ordinal)
        {
            ["partition"] = (2, 2, "$partition(array, chunkSize)"),
            ["range"] = (2, 3, "$range(start, end, step)"),
            ["hash"] = (2, 2, "$hash(value, algorithm)"),
            ["random"] = (0, 1, "$random() or $random(seed)"),
            ["uuid"] = (0, 0, "$uuid()"),
            ["parse"] = (1, 1, "$parse(jsonString)"),
        };

    /// <summary>The algorithms <c>$hash</c> accepts.</summary>
    public static readonly IReadOnlyList<string> HashAlgorithms = new[] { "MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512" };

    /// <summary>True when <c>$name</c> names a function available in every Step Functions JSONata expression.</summary>
    public static bool IsFunction(string name) => BuiltIn.Contains(name) || StepFunctionsArity.ContainsKey(name);

    /// <summary>The JSONata replacement for a JSONPath intrinsic function, by the part after <c>States.</c>.</summary>
    public static string ReplacementForIntrinsic(string intrinsic) => intrinsic switch
    {
        "Format" => "string concatenation with & or $string(...)",
        "StringToJson" => "$parse(...)",
        "JsonToString" => "$string(...)",
        "Array" => "an array constructor [a, b]",
        "ArrayPartition" => "$partition(array, size)",
        "ArrayContains" => "the in operator (value in array)",
        "ArrayRange" => "$range(start, end, step)",
        "ArrayGetItem" => "an index, as in array[2]",
        "ArrayLength" => "$count(array)",
        "ArrayUnique" => "$distinct(array)",
        "Base64Encode" => "$base64encode(...)",
        "Base64Decode" => "$base64decode(...)",
        "Hash" => "$hash(value, algorithm)",
        "JsonMerge" => "$merge([a, b])",
        "MathRandom" => "$random()",
        "MathAdd" => "the + operator",
        "StringSplit" => "$split(string, separator)",
        "UUID" => "$uuid()",
        _ => "a JSONata function",
    };
}
