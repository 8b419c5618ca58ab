using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Json;

namespace Asl;

/// <summary>
/// Writes a data lambda as JSONata: the state input is <c>$states.input</c>, a LINQ lambda's parameter a variable of its
/// own (<c>$v1</c>), operators keep C#'s meaning (integer division truncates, <c>+</c> on strings is <c>&amp;</c>,
/// <c>??</c> tests presence), string members become JSONata functions, and LINQ operators path steps and predicates
/// over the array (<c>Items.($v1 := $; $v1.Sku)</c>) with aggregate functions. Arrays produced by <c>Select</c>/<c>Where</c>
/// are wrapped in <c>[...]</c> so a one-element result stays an array.
/// </summary>
internal static class JsonAtaWriter
{
    /// <summary>The payload: an object creation becomes an object whose computed members are <c>{% ... %}</c>; anything else one expression.</summary>
    public static AslJson Payload(DataLambda lambda, Dictionary<string, object>? origins, string pointer) =>
        Value(lambda.Body, new Scope(lambda), origins, pointer);

    /// <summary>The <c>{% ... %}</c> condition of a Choice rule.</summary>
    public static string Condition(DataLambda lambda) => "{% " + Expression(lambda.Body, new Scope(lambda)) + " %}";

    private static AslJson Value(DataExpression node, Scope scope, Dictionary<string, object>? origins, string pointer)
    {
        if (origins is not null && node.Origin is { } origin) origins[pointer] = origin;
        switch (node)
        {
            case DataConstant constant:
                return JsonPathWriter.Literal(constant);
            case DataObject obj:
                var members = new List<AslJsonProperty>();
                foreach (var member in obj.Members)
                {
                    if (member.Value is DataConstant { Value: null }) continue;
                    members.Add(new AslJsonProperty(member.Name.Json, Value(member.Value, scope, origins, JsonPointer.Append(pointer, member.Name.Json))));
                }
                return new AslJsonObject(members.ToEquatableArray());
            default:
                return AslJson.Of("{% " + Expression(node, scope) + " %}");
        }
    }

    /// <summary>The JSONata expression of <paramref name="node"/>, parenthesised where it is an operator expression.</summary>
    private static string Expression(DataExpression node, Scope scope)
    {
        var text = new StringBuilder();
        Append(text, node, scope);
        return text.ToString();
    }

    private static void Append(StringBuilder text, DataExpression node, Scope scope)
    {
        switch (node)
        {
            case DataConstant constant:
                AppendLiteral(text, constant.Value);
                break;
            case DataPath path:
                var segments = path.Segments;
                if (path.Source is { } source) Append(text, source, scope);
                else text.Append(scope.Root(path, out segments));
                foreach (var name in segments)
                {
                    var segment = name.Json;
                    text.Append('.');
                    if (IsPlainName(segment)) text.Append(segment);
                    else text.Append('`').Append(segment).Append('`');
                }
                break;
            case DataBinary binary:
                AppendBinary(text, binary, scope);
                break;
            case DataUnary { Operator: DataOperator.Not } not:
                text.Append("$not(");
                Append(text, not.Operand, scope);
                text.Append(')');
                break;
            case DataUnary negate:
                text.Append("-(");
                Append(text, negate.Operand, scope);
                text.Append(')');
                break;
            case DataConditional conditional:
                text.Append('(');
                Append(text, conditional.Test, scope);
                text.Append(" ? ");
                Append(text, conditional.WhenTrue, scope);
                text.Append(" : ");
                Append(text, conditional.WhenFalse, scope);
                text.Append(')');
                break;
            case DataObject obj:
                text.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    DynamicText.AppendJsonAtaString(text, obj.Members[i].Name.Json);
                    text.Append(": ");
                    Append(text, obj.Members[i].Value, scope);
                }
                text.Append('}');
                break;
            case DataCall call:
                AppendCall(text, call, scope);
                break;
            default:
                throw DataLambdaErrors.Untranslatable(node, "it has no JSONata form");
        }
    }

    private static void AppendBinary(StringBuilder text, DataBinary binary, Scope scope)
    {
        if (binary.Operator == DataOperator.Coalesce)
        {
            // C#'s ?? takes the right side when the left is null; in the state's JSON that is a missing or null member.
            var left = Expression(binary.Left, scope);
            text.Append("($exists(").Append(left).Append(") and ").Append(left).Append(" != null ? ").Append(left).Append(" : ");
            Append(text, binary.Right, scope);
            text.Append(')');
            return;
        }
        if (binary.Operator == DataOperator.Divide && binary.Kind == DataKind.Integer)
        {
            // C# divides integers towards zero.
            var quotient = "(" + Expression(binary.Left, scope) + " / " + Expression(binary.Right, scope) + ")";
            text.Append("(").Append(quotient).Append(" >= 0 ? $floor").Append(quotient).Append(" : $ceil").Append(quotient).Append(')');
            return;
        }
        text.Append('(');
        Append(text, binary.Left, scope);
        text.Append(binary.Operator switch
        {
            DataOperator.Add => " + ",
            DataOperator.Subtract => " - ",
            DataOperator.Multiply => " * ",
            DataOperator.Divide => " / ",
            DataOperator.Remainder => " % ",
            DataOperator.Concat => " & ",
            DataOperator.Equal => " = ",
            DataOperator.NotEqual => " != ",
            DataOperator.LessThan => " < ",
            DataOperator.LessThanOrEqual => " <= ",
            DataOperator.GreaterThan => " > ",
            DataOperator.GreaterThanOrEqual => " >= ",
            DataOperator.And => " and ",
            _ => " or ",
        });
        Append(text, binary.Right, scope);
        text.Append(')');
    }

    private static void AppendCall(StringBuilder text, DataCall call, Scope scope)
    {
        if (call.Method is "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending")
        {
            AppendSort(text, call, scope);
            return;
        }
        var target = Expression(call.Target, scope);
        string Argument(int i) => Expression(call.Arguments[i], scope);
        string Function(int i) => FunctionOf((DataFunction)call.Arguments[i], scope);
        var hasFunction = call.Arguments.Count > 0 && call.Arguments[0] is DataFunction;
        text.Append(call.Method switch
        {
            "ToUpper" or "ToUpperInvariant" => "$uppercase(" + target + ")",
            "ToLower" or "ToLowerInvariant" => "$lowercase(" + target + ")",
            "Trim" => "$trim(" + target + ")",
            "ToString" => "$string(" + target + ")",
            "Length" when call.Target.Kind == DataKind.String => "$length(" + target + ")",
            "Contains" when call.Target.Kind == DataKind.String => "$contains(" + target + ", " + Argument(0) + ")",
            "Contains" => "(" + Argument(0) + " in " + target + ")",
            "StartsWith" => "($substring(" + target + ", 0, $length(" + Argument(0) + ")) = " + Argument(0) + ")",
            "EndsWith" => "($length(" + target + ") >= $length(" + Argument(0) + ") and $substring(" + target + ", $length(" + target + ") - $length(" + Argument(0) + ")) = " + Argument(0) + ")",
            "Substring" when call.Arguments.Count == 1 => "$substring(" + target + ", " + Argument(0) + ")",
            "Substring" => "$substring(" + target + ", " + Argument(0) + ", " + Argument(1) + ")",
            "Length" or "Count" when !hasFunction => "$count(" + target + ")",
            "Count" => "$count(" + target + "[" + Function(0) + "])",
            "Select" => "[" + target + "." + Function(0) + "]",
            "Where" => "[" + target + "[" + Function(0) + "]]",
            "Sum" or "Min" or "Max" or "Average" when hasFunction => "$" + Aggregate(call.Method) + "([" + target + "." + Function(0) + "])",
            "Sum" or "Min" or "Max" or "Average" => "$" + Aggregate(call.Method) + "(" + target + ")",
            "Any" when hasFunction => "($count(" + target + "[" + Function(0) + "]) > 0)",
            "Any" => "($count(" + target + ") > 0)",
            "All" => "($count(" + target + "[" + Function(0) + "]) = $count(" + target + "))",
            // In parentheses: a path step after an array constructor's predicate ([...][0].Sku) reads nothing in JSONata.
            "First" when hasFunction => "(" + target + "[" + Function(0) + "])[0]",
            "First" => "(" + target + ")[0]",
            "Take" => "[$filter(" + target + ", function($item, $index) { $index < " + Argument(0) + " })]",
            "Skip" => "[$filter(" + target + ", function($item, $index) { $index >= " + Argument(0) + " })]",
            "Distinct" => "[$distinct(" + target + ")]",
            "Reverse" => "[$reverse(" + target + ")]",
            "Concat" => "[$append(" + target + ", " + Argument(0) + ")]",
            "Join" when ElementIsString(call.Target) => "$join(" + target + ", " + Argument(0) + ")",
            "Join" => "$join([" + target + ".$string($)], " + Argument(0) + ")",
            "Math.Round" when call.Arguments.Count == 0 => "$round(" + target + ")",
            "Math.Round" => "$round(" + target + ", " + Argument(0) + ")",
            "Math.Floor" => "$floor(" + target + ")",
            "Math.Ceiling" => "$ceil(" + target + ")",
            "Math.Abs" => "$abs(" + target + ")",
            "Math.Max" => "$max([" + target + ", " + Argument(0) + "])",
            "Math.Min" => "$min([" + target + ", " + Argument(0) + "])",
            _ => throw DataLambdaErrors.Untranslatable(call, "it has no JSONata form"),
        });
    }

    /// <summary>
    /// OrderBy/ThenBy chains as one stable <c>$sort</c> whose comparator compares the keys in order (C#'s sort is stable too);
    /// strings compare by UTF-16 code unit, so a string key must say <c>StringComparer.Ordinal</c>.
    /// </summary>
    private static void AppendSort(StringBuilder text, DataCall call, Scope scope)
    {
        var keys = new List<(DataFunction Key, bool Descending)>();
        DataExpression source = call;
        while (source is DataCall { Method: "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" } sort)
        {
            if (sort.Arguments[0] is not DataFunction key) throw DataLambdaErrors.Untranslatable(sort, "the key must be a lambda written in place");
            if (key.Body.Kind == DataKind.String && sort.Arguments.Count < 2)
                throw DataLambdaErrors.Untranslatable(sort, "JSONata orders strings by UTF-16 code unit, not by culture as C# does; pass StringComparer.Ordinal to say so");
            if (key.Body.Kind is not (DataKind.String or DataKind.Integer or DataKind.Real))
                throw DataLambdaErrors.Untranslatable(sort, "JSONata sorts by numbers and strings only");
            keys.Insert(0, (key, sort.Method.EndsWith("Descending", System.StringComparison.Ordinal)));
            source = sort.Method.StartsWith("Then", System.StringComparison.Ordinal) ? sort.Target : sort.Target is DataCall { Method: "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" } inner
                ? throw DataLambdaErrors.Untranslatable(inner, "an OrderBy after another sort replaces it; use ThenBy")
                : sort.Target;
            if (!sort.Method.StartsWith("Then", System.StringComparison.Ordinal)) break;
        }
        // The comparator says whether the left item goes after the right one.
        var comparison = "false";
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var function = FunctionOf(keys[i].Key, scope);
            var (left, right) = ("$l." + function, "$r." + function);
            var after = keys[i].Descending ? left + " < " + right : left + " > " + right;
            comparison = i == keys.Count - 1 ? after : "(" + left + " = " + right + " ? " + comparison + " : " + after + ")";
        }
        text.Append("[$sort(").Append(Expression(source, scope)).Append(", function($l, $r) { ").Append(comparison).Append(" })]");
    }

    /// <summary>True when the items of <paramref name="values"/> are known to be strings (a Select of text, and what keeps a Select's items).</summary>
    private static bool ElementIsString(DataExpression values) => values switch
    {
        DataCall { Method: "Select", Arguments: [DataFunction { Body.Kind: DataKind.String }] } => true,
        DataCall { Method: "Where" or "Distinct" or "Reverse" or "Take" or "Skip" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" } call => ElementIsString(call.Target),
        _ => false,
    };

    private static string Aggregate(string method) => method switch
    {
        "Sum" => "sum",
        "Min" => "min",
        "Max" => "max",
        _ => "average",
    };

    // A LINQ lambda as a block run for each item, which binds the item (the context, $) to the lambda parameter's variable:
    // used as a path step it maps (Select), as a predicate it filters (Where).
    private static string FunctionOf(DataFunction function, Scope scope)
    {
        var inner = scope.With(function.Parameter, out var variable);
        return "(" + variable + " := $; " + Expression(function.Body, inner) + ")";
    }

    internal static void AppendLiteral(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case string s: DynamicText.AppendJsonAtaString(text, s); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case double d: text.Append(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case System.IFormattable number: text.Append(number.ToString(null, CultureInfo.InvariantCulture)); break;
            default: text.Append(value); break;
        }
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0])) return false;
        foreach (var c in name)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>
    /// The JSONata variable of each lambda parameter in scope: <c>$states.input</c> for the state input, one of its own for a
    /// LINQ lambda's parameter; the context object is <c>$states.context</c> and its <c>Vars</c> the workflow variables.
    /// </summary>
    private sealed class Scope
    {
        private readonly DataLambda _lambda;
        private readonly Dictionary<string, string> _variables;

        public Scope(DataLambda lambda) : this(lambda, new Dictionary<string, string> { [lambda.Input] = "$states.input" })
        {
        }

        private Scope(DataLambda lambda, Dictionary<string, string> variables)
        {
            _lambda = lambda;
            _variables = variables;
        }

        /// <summary>The start of <paramref name="path"/>; <paramref name="rest"/> are the member names after it.</summary>
        public string Root(DataPath path, out IReadOnlyList<DataName> rest)
        {
            switch (_lambda.RootOf(path, out var variable, out rest))
            {
                case DataRoot.Context: return "$states.context";
                case DataRoot.Variable when IsPlainName(variable) && variable != "states": return "$" + variable;
                case DataRoot.Variable: throw DataLambdaErrors.Untranslatable(path, $"'{variable}' is not a valid variable name (letters, digits and _, not starting with a digit, not 'states')");
            }
            return _variables.TryGetValue(path.Parameter, out var root) ? root : throw DataLambdaErrors.Untranslatable(path, "it reads a parameter that is not in scope here");
        }

        public Scope With(string parameter, out string variable)
        {
            var copy = new Dictionary<string, string>(_variables);
            variable = "$v" + copy.Count;
            copy[parameter] = variable;
            return new Scope(_lambda, copy);
        }
    }
}
