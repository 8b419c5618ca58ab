using Asl.Collections;

namespace Asl.Paths;

/// <summary>What kind of value an intrinsic function returns.</summary>
public enum IntrinsicResultKind
{
    /// <summary>A string.</summary>
    String,
    /// <summary>A number.</summary>
    Number,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>An array.</summary>
    Array,
    /// <summary>An object.</summary>
    Object,
    /// <summary>One element of the array argument: any JSON value (States.ArrayGetItem).</summary>
    ArrayItem,
    /// <summary>Whatever JSON the string argument holds (States.StringToJson).</summary>
    ParsedJson,
}

/// <summary>One known intrinsic function: its name, how many arguments it takes and what it returns.</summary>
/// <param name="Name">The full name, for example <c>States.Format</c>.</param>
/// <param name="MinArguments">The fewest arguments.</param>
/// <param name="MaxArguments">The most arguments, or null when unbounded.</param>
/// <param name="ResultKind">What the function returns.</param>
public sealed record IntrinsicFunctionInfo(string Name, int MinArguments, int? MaxArguments, IntrinsicResultKind ResultKind)
{
    /// <summary>True when <paramref name="count"/> arguments are accepted.</summary>
    public bool AcceptsArgumentCount(int count) => count >= MinArguments && (MaxArguments is not { } max || count <= max);

    /// <summary>The accepted argument counts in words, for example "exactly 2", "2 or 3", "at least 1".</summary>
    public string ArityText => MaxArguments switch
    {
        null => MinArguments == 0 ? "any number of" : $"at least {MinArguments}",
        { } max when max == MinArguments => $"exactly {max}",
        { } max when max == MinArguments + 1 => $"{MinArguments} or {max}",
        { } max => $"{MinArguments} to {max}",
    };
}

/// <summary>The 18 intrinsic functions of Amazon States Language.</summary>
public static class IntrinsicFunctions
{
    /// <summary>States.Format(template, values...): fills the template's <c>{}</c> placeholders.</summary>
    public const string Format = "States.Format";
    /// <summary>States.StringToJson(string): parses JSON text.</summary>
    public const string StringToJson = "States.StringToJson";
    /// <summary>States.JsonToString(path): serializes a value.</summary>
    public const string JsonToString = "States.JsonToString";
    /// <summary>States.Array(values...): an array of the arguments.</summary>
    public const string Array = "States.Array";
    /// <summary>States.ArrayPartition(array, chunkSize): splits an array into chunks.</summary>
    public const string ArrayPartition = "States.ArrayPartition";
    /// <summary>States.ArrayContains(array, value): membership test.</summary>
    public const string ArrayContains = "States.ArrayContains";
    /// <summary>States.ArrayRange(first, last, step): a range of integers (at most 1000).</summary>
    public const string ArrayRange = "States.ArrayRange";
    /// <summary>States.ArrayGetItem(array, index): one element.</summary>
    public const string ArrayGetItem = "States.ArrayGetItem";
    /// <summary>States.ArrayLength(array): the number of elements.</summary>
    public const string ArrayLength = "States.ArrayLength";
    /// <summary>States.ArrayUnique(array): the array without duplicates.</summary>
    public const string ArrayUnique = "States.ArrayUnique";
    /// <summary>States.Base64Encode(string).</summary>
    public const string Base64Encode = "States.Base64Encode";
    /// <summary>States.Base64Decode(string).</summary>
    public const string Base64Decode = "States.Base64Decode";
    /// <summary>States.Hash(data, algorithm): MD5, SHA-1, SHA-256, SHA-384 or SHA-512 as hex.</summary>
    public const string Hash = "States.Hash";
    /// <summary>States.JsonMerge(object, object, false): shallow merge.</summary>
    public const string JsonMerge = "States.JsonMerge";
    /// <summary>States.MathRandom(start, end[, seed]): a random integer.</summary>
    public const string MathRandom = "States.MathRandom";
    /// <summary>States.MathAdd(a, b): the sum of two integers.</summary>
    public const string MathAdd = "States.MathAdd";
    /// <summary>States.StringSplit(string, delimiters): splits a string.</summary>
    public const string StringSplit = "States.StringSplit";
    /// <summary>States.UUID(): a version 4 UUID.</summary>
    public const string Uuid = "States.UUID";

    /// <summary>Every known function.</summary>
    public static EquatableArray<IntrinsicFunctionInfo> All { get; } = EquatableArray.Create(
        new IntrinsicFunctionInfo(Format, 1, null, IntrinsicResultKind.String),
        new IntrinsicFunctionInfo(StringToJson, 1, 1, IntrinsicResultKind.ParsedJson),
        new IntrinsicFunctionInfo(JsonToString, 1, 1, IntrinsicResultKind.String),
        new IntrinsicFunctionInfo(Array, 0, null, IntrinsicResultKind.Array),
        new IntrinsicFunctionInfo(ArrayPartition, 2, 2, IntrinsicResultKind.Array),
        new IntrinsicFunctionInfo(ArrayContains, 2, 2, IntrinsicResultKind.Boolean),
        new IntrinsicFunctionInfo(ArrayRange, 3, 3, IntrinsicResultKind.Array),
        new IntrinsicFunctionInfo(ArrayGetItem, 2, 2, IntrinsicResultKind.ArrayItem),
        new IntrinsicFunctionInfo(ArrayLength, 1, 1, IntrinsicResultKind.Number),
        new IntrinsicFunctionInfo(ArrayUnique, 1, 1, IntrinsicResultKind.Array),
        new IntrinsicFunctionInfo(Base64Encode, 1, 1, IntrinsicResultKind.String),
        new IntrinsicFunctionInfo(Base64Decode, 1, 1, IntrinsicResultKind.String),
        new IntrinsicFunctionInfo(Hash, 2, 2, IntrinsicResultKind.String),
        new IntrinsicFunctionInfo(JsonMerge, 3, 3, IntrinsicResultKind.Object),
        new IntrinsicFunctionInfo(MathRandom, 2, 3, IntrinsicResultKind.Number),
        new IntrinsicFunctionInfo(MathAdd, 2, 2, IntrinsicResultKind.Number),
        new IntrinsicFunctionInfo(StringSplit, 2, 2, IntrinsicResultKind.Array),
        new IntrinsicFunctionInfo(Uuid, 0, 0, IntrinsicResultKind.String));

    /// <summary>The known function named <paramref name="name"/> (case-sensitive), or null.</summary>
    public static IntrinsicFunctionInfo? Find(string? name)
    {
        if (name is null) return null;
        foreach (var function in All)
            if (function.Name == name) return function;
        return null;
    }
}
