using Asl.JsonAta;

namespace Asl.Local.Jsonata.Library;

/// <summary>
/// The implementations of the functions of <see cref="JsonAtaFunctions"/> (JSONata 2.0.6's library as Step Functions
/// has it), bound in the frame every evaluation starts from. Each one receives arguments already checked against
/// its signature.
/// </summary>
internal static class BuiltIns
{
    private static readonly Dictionary<string, NativeBody> Bodies = new(StringComparer.Ordinal)
    {
        ["sum"] = Aggregates.Sum,
        ["count"] = Aggregates.Count,
        ["max"] = Aggregates.Max,
        ["min"] = Aggregates.Min,
        ["average"] = Aggregates.Average,
        ["string"] = Strings.String,
        ["substring"] = Strings.Substring,
        ["substringBefore"] = Strings.SubstringBefore,
        ["substringAfter"] = Strings.SubstringAfter,
        ["lowercase"] = Strings.Lowercase,
        ["uppercase"] = Strings.Uppercase,
        ["length"] = Strings.Length,
        ["trim"] = Strings.Trim,
        ["pad"] = Strings.Pad,
        ["match"] = Strings.Match,
        ["contains"] = Strings.Contains,
        ["replace"] = Strings.Replace,
        ["split"] = Strings.Split,
        ["join"] = Strings.Join,
        ["formatNumber"] = NumberFormatting.FormatNumber,
        ["formatBase"] = NumberFormatting.FormatBase,
        ["formatInteger"] = IntegerFormatting.FormatInteger,
        ["parseInteger"] = IntegerFormatting.ParseInteger,
        ["base64encode"] = Codecs.Base64Encode,
        ["base64decode"] = Codecs.Base64Decode,
        ["encodeUrlComponent"] = Codecs.EncodeUrlComponent,
        ["encodeUrl"] = Codecs.EncodeUrl,
        ["decodeUrlComponent"] = Codecs.DecodeUrlComponent,
        ["decodeUrl"] = Codecs.DecodeUrl,
        ["number"] = Numbers.Number,
        ["floor"] = Numbers.Floor,
        ["ceil"] = Numbers.Ceil,
        ["round"] = Numbers.Round,
        ["abs"] = Numbers.Abs,
        ["sqrt"] = Numbers.Sqrt,
        ["power"] = Numbers.Power,
        ["boolean"] = Numbers.Boolean,
        ["not"] = Numbers.Not,
        ["exists"] = Numbers.Exists,
        ["append"] = Arrays.Append,
        ["reverse"] = Arrays.Reverse,
        ["sort"] = Arrays.Sort,
        ["shuffle"] = Arrays.Shuffle,
        ["distinct"] = Arrays.Distinct,
        ["zip"] = Arrays.Zip,
        ["keys"] = Objects.Keys,
        ["lookup"] = Objects.Lookup,
        ["spread"] = Objects.Spread,
        ["merge"] = Objects.Merge,
        ["sift"] = Objects.Sift,
        ["each"] = Objects.Each,
        ["error"] = Objects.Error,
        ["assert"] = Objects.Assert,
        ["type"] = Objects.Type,
        ["clone"] = Objects.Clone,
        ["map"] = HigherOrder.Map,
        ["filter"] = HigherOrder.Filter,
        ["single"] = HigherOrder.Single,
        ["reduce"] = HigherOrder.Reduce,
        ["now"] = Dates.Now,
        ["millis"] = Dates.Millis,
        ["fromMillis"] = Dates.FromMillis,
        ["toMillis"] = Dates.ToMillis,
        ["partition"] = StepFunctions.Partition,
        ["range"] = StepFunctions.Range,
        ["hash"] = StepFunctions.Hash,
        ["random"] = StepFunctions.Random,
        ["uuid"] = StepFunctions.Uuid,
        ["parse"] = StepFunctions.Parse,
    };

    /// <summary>The frame that binds every library function; evaluations run in frames below it.</summary>
    public static Frame Root { get; } = BuildRoot();

    /// <summary>The names of functions that have an implementation (a test holds them equal to the catalogue).</summary>
    public static IReadOnlyCollection<string> Implemented => Bodies.Keys;

    private static Frame BuildRoot()
    {
        var root = new Frame(null);
        foreach (var function in JsonAtaFunctions.All)
        {
            if (!Bodies.TryGetValue(function.Name, out var body)) continue;
            root.Bind(function.Name, new NativeFunction(function, Arity(function), body));
        }
        return root;
    }

    /// <summary>
    /// The number of parameters the function declares, which decides how many arguments higher-order functions pass
    /// to it (JavaScript's function length: <c>$string</c>'s second parameter has a default, <c>$zip</c> takes any).
    /// </summary>
    private static int Arity(JsonAtaFunction function) => function.Name switch
    {
        "string" => 1,
        "zip" => 0,
        _ => function.ParameterNames.Count,
    };

    /// <summary>The argument at <paramref name="index"/>, or undefined.</summary>
    public static object? Arg(object?[] arguments, int index) => index < arguments.Length ? arguments[index] : null;

    /// <summary>
    /// An argument the function cannot do without, where JSONata's signature lets undefined through: JSONata then
    /// fails with a JavaScript TypeError, which this stands for.
    /// </summary>
    public static T Required<T>(object?[] arguments, int index, CallSite site) where T : class =>
        Arg(arguments, index) as T ?? throw new JsonAtaError("TypeError")
        {
            CustomMessage = $"Argument {index + 1} of function ${site.Name} is undefined",
        };
}
