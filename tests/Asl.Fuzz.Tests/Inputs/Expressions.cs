using System.Text;

namespace Asl.Fuzz.Tests.Inputs;

/// <summary>
/// The strings definitions evaluate: JSONPath paths, intrinsic function calls and JSONata expressions, built from
/// their grammars (nesting far past AWS's limits included) and then, often, damaged.
/// </summary>
internal static class Expressions
{
    private static readonly string[] Functions =
    [
        "States.Format", "States.StringToJson", "States.JsonToString", "States.Array", "States.ArrayPartition", "States.ArrayContains",
        "States.ArrayRange", "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode", "States.Base64Decode",
        "States.Hash", "States.JsonMerge", "States.MathRandom", "States.MathAdd", "States.StringSplit", "States.UUID", "States.Nope", "Custom.fn",
    ];

    private static readonly string[] JsonAtaFunctions =
    [
        "$string", "$number", "$sum", "$count", "$map", "$filter", "$reduce", "$keys", "$lookup", "$merge", "$substring", "$split", "$join",
        "$uppercase", "$abs", "$floor", "$round", "$random", "$now", "$exists", "$type", "$append", "$sort", "$reverse", "$distinct", "$partition",
        "$hash", "$parse", "$uuid", "$range", "$eval", "$states.input", "$notAFunction",
    ];

    /// <summary>A JSONPath path: a root, then segments of every kind, filters holding paths of their own.</summary>
    public static string Path(Rand r, int depth = 0)
    {
        var text = new StringBuilder(r.Pick("$", "$", "$", "$$", "$var", "@", "$.", "$$.Execution", "$$.Map.Item"));
        var segments = r.Skewed(depth > 3 ? 2 : 12);
        for (var i = 0; i < segments; i++) text.Append(Segment(r, depth));
        return Damaged(r, text.ToString(), "$@.[]()'\"\\?*:,-=<>!&| 0123abc{}~");
    }

    private static string Segment(Rand r, int depth) => r.Int(0, 12) switch
    {
        0 => "." + r.Text("abcXYZ_09", 12),
        1 => "['" + r.Text("ab'\\\" .$", 8) + "']",
        2 => "[" + r.Pick("0", "-1", "2147483648", "99999999999", "-0", "1") + "]",
        3 => "[*]",
        4 => ".*",
        5 => "[" + r.Pick("1:3", ":", "::2", "-2:", "0:0:0", "::-1", ":99999999") + "]",
        6 => ".." + r.Pick("a", "*", "[0]", "['b']"),
        7 => "[?(" + Condition(r, depth + 1) + ")]",
        8 => "[(@.length-" + r.Pick("1", "0", "-1", "x") + ")]",
        9 => "[0,1,'a']",
        10 => "." + new string('a', r.Skewed(3000)),
        11 => string.Concat(Enumerable.Repeat("..*", r.Skewed(8))),
        _ => ".b",
    };

    private static string Condition(Rand r, int depth)
    {
        if (depth > 70 || r.Chance(40)) return "@." + r.Text("abc", 3) + " " + r.Pick("<", "==", "!=", ">=", "=~", "=") + " " + r.Pick("1", "'x'", "true", "null", "-2.5e3", "$.limit");
        return r.Int(0, 4) switch
        {
            0 => Condition(r, depth + 1) + " && " + Condition(r, depth + 1),
            1 => Condition(r, depth + 1) + " || " + Condition(r, depth + 1),
            2 => "!(" + Condition(r, depth + 1) + ")",
            3 => "(" + Condition(r, depth + 1) + ")",
            _ => Path(r, depth + 1).Replace("$", "@", StringComparison.Ordinal) + " > 0",
        };
    }

    /// <summary>An intrinsic call; nesting goes past the 10 levels AWS evaluates (the parser must stop there, not after).</summary>
    public static string Intrinsic(Rand r) => Damaged(r, Call(r, r.Chance(10) ? r.Int(8, 200) : r.Skewed(6)), "()',{}\\$. States.Format0123abc\"");

    private static string Call(Rand r, int nesting)
    {
        var arguments = new List<string>();
        var count = r.Skewed(nesting > 0 ? 3 : 40);
        if (nesting > 0) arguments.Add(Call(r, nesting - 1));
        for (var i = 0; i < count; i++)
        {
            arguments.Add(r.Int(0, 6) switch
            {
                0 => "'" + r.Text("ab {}\\'", 20).Replace("'", "\\'", StringComparison.Ordinal) + "'",
                1 => r.Pick("1", "-1.5", "1e400", "0", "9223372036854775808", "true", "false", "null"),
                2 => Path(r, depth: 3),
                3 => "'{}{}{}'",
                4 => "'" + new string('x', r.Skewed(12_000)) + "'",
                _ => "$.a",
            });
        }
        return r.Pick(Functions) + "(" + string.Join(r.Pick(", ", ",", " , "), arguments) + ")";
    }

    /// <summary>
    /// A JSONata expression (without the <c>{% %}</c>). Nesting stays moderate: deep nesting is known to be slow in the
    /// JSONata code being replaced (issue 16), and the quick run must not fail on it; the long run probes it apart.
    /// </summary>
    public static string JsonAta(Rand r, int maxDepth = 12) => Damaged(r, JsonAtaExpression(r, maxDepth), "$.()[]{}:;,'\"`?&|!=<>+-*/%~^ 0123abc");

    private static string JsonAtaExpression(Rand r, int depth)
    {
        if (depth <= 0 || r.Chance(30))
        {
            return r.Int(0, 9) switch
            {
                0 => r.Pick("1", "-0", "1e308", "3.14", "9999999999999999999999"),
                1 => "'" + r.Text("abc \\\"", 10).Replace("'", "", StringComparison.Ordinal) + "'",
                2 => r.Pick("true", "false", "null"),
                3 => "$states.input" + r.Pick("", ".a", ".a.b", "[0]", ".items[*].id", "[$ > 1]"),
                4 => "$" + r.Text("abc", 4),
                5 => "$states.context.Execution.Id",
                6 => "[1.." + r.Pick("3", "100", "10000") + "]",
                7 => "/" + r.Text("a-z+*.", 6) + "/",
                8 => "`" + r.Text("a b", 5) + "`",
                _ => "$states." + r.Pick("result", "errorOutput", "input", "context", "nope"),
            };
        }
        var inner = JsonAtaExpression(r, depth - 1);
        return r.Int(0, 10) switch
        {
            0 => inner + " " + r.Pick("+", "-", "*", "/", "%", "&", "=", "!=", "<", "and", "or", "in", "..", "~>") + " " + JsonAtaExpression(r, depth - 1),
            1 => "(" + inner + ")",
            2 => "[" + inner + ", " + JsonAtaExpression(r, depth - 1) + "]",
            3 => "{'k': " + inner + "}",
            4 => r.Pick(JsonAtaFunctions) + "(" + inner + ")",
            5 => "function($x){ " + inner + " }",
            6 => "($f := function($n){ $n <= 0 ? 0 : $f($n - 1) }; $f(" + r.Pick("3", "50", "100000") + "))",
            7 => inner + " ? " + JsonAtaExpression(r, depth - 1) + " : " + JsonAtaExpression(r, depth - 1),
            8 => "$map(" + inner + ", function($v){ $v })",
            9 => inner + "." + r.Text("abc", 3),
            _ => "-" + inner,
        };
    }

    /// <summary>Most of the time the text as built; sometimes with characters inserted, deleted or replaced.</summary>
    public static string Damaged(Rand r, string text, string alphabet)
    {
        if (r.Chance(60)) return text;
        var damaged = new StringBuilder(text);
        var edits = 1 + r.Skewed(6);
        for (var i = 0; i < edits; i++)
        {
            var at = damaged.Length == 0 ? 0 : r.Int(0, damaged.Length - 1);
            switch (r.Int(0, 2))
            {
                case 0 when damaged.Length > 0:
                    damaged.Remove(at, Math.Min(damaged.Length - at, 1 + r.Skewed(5)));
                    break;
                case 1:
                    damaged.Insert(at, r.Text(alphabet, 4));
                    break;
                default:
                    if (damaged.Length > 0) damaged[at] = alphabet[r.Int(0, alphabet.Length - 1)];
                    break;
            }
        }
        return damaged.ToString();
    }
}
