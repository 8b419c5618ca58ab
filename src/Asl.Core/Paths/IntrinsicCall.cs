using Asl.Collections;
using Asl.Json;

namespace Asl.Paths;

/// <summary>An argument of an intrinsic function call. The subtypes are the complete set.</summary>
public abstract record IntrinsicArgument
{
    private protected IntrinsicArgument() { }
}

/// <summary>
/// A single-quoted string argument (<c>'Hello {}'</c>). <see cref="Value"/> is the text with the escapes
/// <c>\'</c>, <c>\{</c>, <c>\}</c> and <c>\\</c> resolved (any other backslash is kept as written).
/// <see cref="TemplateParts"/> is the same text split at each unescaped <c>{}</c>, which is what
/// <c>States.Format</c> fills in: <c>'a {} b \{}'</c> has the parts <c>"a "</c> and <c>" b {}"</c>.
/// </summary>
/// <param name="Value">The unescaped text.</param>
/// <param name="TemplateParts">The unescaped text between placeholders; one part when there is no placeholder.</param>
public sealed record IntrinsicString(string Value, EquatableArray<string> TemplateParts) : IntrinsicArgument
{
    /// <summary>The number of unescaped <c>{}</c> placeholders.</summary>
    public int PlaceholderCount => TemplateParts.Count - 1;
}

/// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c> argument.</summary>
/// <param name="Value">The value (<see cref="AslJsonNumber"/>, <see cref="AslJsonBool"/> or <see cref="AslJsonNull"/>).</param>
public sealed record IntrinsicLiteral(AslJson Value) : IntrinsicArgument;

/// <summary>A path argument (<c>$.a</c>, <c>$$.Execution.Id</c>, <c>$var</c>), evaluated before the call.</summary>
/// <param name="Path">The path.</param>
public sealed record IntrinsicPath(JsonPath Path) : IntrinsicArgument;

/// <summary>
/// A call of an intrinsic function, such as <c>States.Format('{} items', $.count)</c>; also an argument when
/// calls are nested. The parser accepts any name made of <c>[A-Za-z0-9._]</c>; <see cref="Function"/> says
/// whether it is one of the known functions.
/// </summary>
/// <param name="Name">The function name as written, for example <c>States.Format</c>.</param>
/// <param name="Arguments">The arguments, in order.</param>
public sealed record IntrinsicCall(string Name, EquatableArray<IntrinsicArgument> Arguments) : IntrinsicArgument
{
    /// <summary>The known function of this name, or null.</summary>
    public IntrinsicFunctionInfo? Function => IntrinsicFunctions.Find(Name);

    /// <summary>
    /// How deeply calls are nested: 1 for a call without nested calls. Computed on each read, in time linear in the
    /// number of nested calls (each one is visited once).
    /// </summary>
    public int Depth
    {
        get
        {
            var deepest = 0;
            foreach (var argument in Arguments)
            {
                if (argument is not IntrinsicCall nested) continue;
                var depth = nested.Depth;
                if (depth > deepest) deepest = depth;
            }
            return deepest + 1;
        }
    }

    /// <summary>Parses <paramref name="text"/>; see <see cref="IntrinsicParser.Parse"/>.</summary>
    public static IntrinsicParseResult Parse(string text) => IntrinsicParser.Parse(text);
}
