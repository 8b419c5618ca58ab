using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>
/// Writes a data lambda for a JSONPath state: a payload of <c>"Key.$"</c> paths (text around values as
/// <c>States.Format</c>, <c>.Length</c>/<c>Count()</c> of an array as <c>States.ArrayLength</c>, integer <c>+</c>/<c>-</c>
/// as <c>States.MathAdd</c>), and Choice rules for comparisons and <c>&amp;&amp;</c>/<c>||</c>/<c>!</c>. What JSONPath
/// cannot express is refused on its sub-expression with the advice to make the state JSONata.
/// </summary>
internal static class JsonPathWriter
{
    /// <summary>The payload: the lambda must create an object; its members become literals, nested objects or <c>"Key.$"</c> entries.</summary>
    public static AslJson Payload(DataLambda lambda, Dictionary<string, object>? origins, string pointer)
    {
        if (lambda.Body is not DataObject obj)
            throw DataLambdaErrors.NeedsJsonAta(lambda.Body, "a JSONPath payload is an object template, so the lambda must create an object (new { ... } or new T(...))");
        return Object(obj, lambda, origins, pointer);
    }

    private static AslJsonObject Object(DataObject obj, DataLambda lambda, Dictionary<string, object>? origins, string pointer)
    {
        var members = new List<AslJsonProperty>();
        foreach (var member in obj.Members)
        {
            var name = member.Name.Json;
            switch (member.Value)
            {
                case DataConstant { Value: null }:
                    continue;
                case DataConstant constant:
                    Note(origins, JsonPointer.Append(pointer, name), member.Value);
                    members.Add(new AslJsonProperty(name, Literal(constant)));
                    break;
                case DataObject nested:
                    Note(origins, JsonPointer.Append(pointer, name), member.Value);
                    members.Add(new AslJsonProperty(name, Object(nested, lambda, origins, JsonPointer.Append(pointer, name))));
                    break;
                default:
                    var key = name + ".$";
                    Note(origins, JsonPointer.Append(pointer, key), member.Value);
                    members.Add(new AslJsonProperty(key, AslJson.Of(Expression(member.Value, lambda))));
                    break;
            }
        }
        return new AslJsonObject(members.ToEquatableArray());
    }

    private static void Note(Dictionary<string, object>? origins, string pointer, DataExpression node)
    {
        if (origins is not null && node.Origin is { } origin) origins[pointer] = origin;
    }

    /// <summary>A path or intrinsic call for the value of a <c>".$"</c> member.</summary>
    private static string Expression(DataExpression node, DataLambda lambda)
    {
        switch (node)
        {
            case DataPath path:
                return Path(path, lambda);
            case DataBinary { Operator: DataOperator.Concat }:
                var template = new StringBuilder();
                var arguments = new List<string>();
                foreach (var part in ConcatParts(node))
                {
                    if (part is DataConstant constant) template.Append(EscapeFormat(Convert.ToString(constant.Value, CultureInfo.InvariantCulture) ?? ""));
                    else
                    {
                        template.Append("{}");
                        arguments.Add(Argument(part, lambda));
                    }
                }
                return "States.Format(" + Quote(template.ToString()) + string.Concat(arguments.Select(a => ", " + a)) + ")";
            case DataCall { Method: "Length" or "Count", Arguments.Count: 0 } count when count.Target.Kind == DataKind.Array:
                return "States.ArrayLength(" + Argument(count.Target, lambda) + ")";
            case DataBinary { Operator: DataOperator.Add or DataOperator.Subtract } sum when sum.Kind == DataKind.Integer:
                var right = sum.Operator == DataOperator.Add ? Argument(sum.Right, lambda)
                    : sum.Right is DataConstant { Value: long n } ? (-n).ToString(CultureInfo.InvariantCulture)
                    : throw DataLambdaErrors.NeedsJsonAta(sum, "States.MathAdd subtracts only a constant");
                return "States.MathAdd(" + Argument(sum.Left, lambda) + ", " + right + ")";
            default:
                throw DataLambdaErrors.NeedsJsonAta(node, "JSONPath has no form for it (it has paths, States.Format, States.ArrayLength and integer States.MathAdd)");
        }
    }

    private static IEnumerable<DataExpression> ConcatParts(DataExpression node) =>
        node is DataBinary { Operator: DataOperator.Concat } concat ? ConcatParts(concat.Left).Concat(ConcatParts(concat.Right)) : new[] { node };

    /// <summary>An argument of an intrinsic: a literal, a path, or a nested intrinsic.</summary>
    private static string Argument(DataExpression node, DataLambda lambda) => node switch
    {
        DataConstant { Value: string s } => Quote(s),
        DataConstant constant => LiteralText(constant.Value),
        _ => Expression(node, lambda),
    };

    /// <summary>A path: <c>$</c> for the state input, <c>$$</c> for the context object, <c>$name</c> for a variable.</summary>
    private static string Path(DataPath path, DataLambda lambda)
    {
        if (path.Source is not null) throw DataLambdaErrors.NeedsJsonAta(path, "JSONPath reads members of the state input, not of a computed value");
        var root = lambda.RootOf(path, out var variable, out var segments);
        var text = new StringBuilder(root switch
        {
            DataRoot.Input => "$",
            DataRoot.Context => "$$",
            DataRoot.Variable when IsPlainName(variable) => "$" + variable,
            DataRoot.Variable => throw DataLambdaErrors.Untranslatable(path, $"'{variable}' is not a valid variable name (letters, digits and _, not starting with a digit)"),
            _ => throw DataLambdaErrors.NeedsJsonAta(path, "JSONPath reads only the state input, the context object and variables here"),
        });
        foreach (var name in segments)
        {
            var segment = name.Json;
            if (IsPlainName(segment)) text.Append('.').Append(segment);
            else text.Append("['").Append(segment.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
        }
        return text.ToString();
    }

    /// <summary>A Choice rule: comparisons of a path with a constant or another path, combined with And/Or/Not.</summary>
    public static ChoiceRule Condition(DataLambda lambda) => Rule(lambda.Body, lambda);

    private static ChoiceRule Rule(DataExpression node, DataLambda lambda)
    {
        switch (node)
        {
            case DataBinary { Operator: DataOperator.And or DataOperator.Or } logical:
                var operands = Flatten(logical, logical.Operator).Select(n => Rule(n, lambda)).ToEquatableArray();
                return logical.Operator == DataOperator.And ? new ChoiceRule { And = operands } : new ChoiceRule { Or = operands };
            case DataUnary { Operator: DataOperator.Not, Operand: DataPath flag } when flag.Kind == DataKind.Boolean:
                return Test(Path(flag, lambda), ComparisonOperator.BooleanEquals, AslJson.Of(false));
            case DataUnary { Operator: DataOperator.Not } not:
                return new ChoiceRule { Not = Rule(not.Operand, lambda) };
            case DataPath flag when flag.Kind == DataKind.Boolean:
                return Test(Path(flag, lambda), ComparisonOperator.BooleanEquals, AslJson.Of(true));
            case DataBinary comparison when IsComparison(comparison.Operator):
                return Comparison(comparison, lambda);
            case DataCall { Method: "StartsWith" or "EndsWith" or "Contains", Target: DataPath text, Arguments: [DataConstant { Value: string value }] } match
                when text.Kind == DataKind.String:
                var pattern = EscapeMatch(value);
                pattern = match.Method switch { "StartsWith" => pattern + "*", "EndsWith" => "*" + pattern, _ => "*" + pattern + "*" };
                return Test(Path(text, lambda), ComparisonOperator.StringMatches, AslJson.Of(pattern));
            default:
                throw DataLambdaErrors.NeedsJsonAta(node, "a JSONPath Choice rule compares a path with a constant or another path, and combines such tests with &&, || and !");
        }
    }

    private static IEnumerable<DataExpression> Flatten(DataExpression node, DataOperator op) =>
        node is DataBinary binary && binary.Operator == op ? Flatten(binary.Left, op).Concat(Flatten(binary.Right, op)) : new[] { node };

    private static bool IsComparison(DataOperator op) => op is DataOperator.Equal or DataOperator.NotEqual or DataOperator.LessThan
        or DataOperator.LessThanOrEqual or DataOperator.GreaterThan or DataOperator.GreaterThanOrEqual;

    private static ChoiceRule Comparison(DataBinary comparison, DataLambda lambda)
    {
        var (left, right, op) = (comparison.Left, comparison.Right, comparison.Operator);
        if (left is not DataPath && right is DataPath)
        {
            (left, right) = (right, left);
            op = op switch
            {
                DataOperator.LessThan => DataOperator.GreaterThan,
                DataOperator.LessThanOrEqual => DataOperator.GreaterThanOrEqual,
                DataOperator.GreaterThan => DataOperator.LessThan,
                DataOperator.GreaterThanOrEqual => DataOperator.LessThanOrEqual,
                _ => op,
            };
        }
        if (left is not DataPath path)
            throw DataLambdaErrors.NeedsJsonAta(comparison, "a JSONPath Choice rule compares a path of the input, not a computed value");
        var variable = Path(path, lambda);
        if (right is DataConstant { Value: null })
        {
            // C#'s null is a missing member or a JSON null: test presence before the value, as And stops at the first false.
            var present = new ChoiceRule { And = EquatableArray.Create(Test(variable, ComparisonOperator.IsPresent, AslJson.Of(true)), Test(variable, ComparisonOperator.IsNull, AslJson.Of(false))) };
            return op switch
            {
                DataOperator.NotEqual => present,
                DataOperator.Equal => new ChoiceRule { Not = present },
                _ => throw DataLambdaErrors.NeedsJsonAta(comparison, "only == null and != null compare with null"),
            };
        }
        var family = (left.Kind, right.Kind) switch
        {
            (DataKind.String, _) or (_, DataKind.String) => "String",
            (DataKind.Boolean, _) or (_, DataKind.Boolean) => "Boolean",
            (DataKind.Integer or DataKind.Real, DataKind.Integer or DataKind.Real) => "Numeric",
            _ => throw DataLambdaErrors.NeedsJsonAta(comparison, "JSONPath compares only strings, numbers and booleans"),
        };
        var negate = op == DataOperator.NotEqual;
        var name = family + (op switch
        {
            DataOperator.Equal or DataOperator.NotEqual => "Equals",
            DataOperator.LessThan => "LessThan",
            DataOperator.LessThanOrEqual => "LessThanEquals",
            DataOperator.GreaterThan => "GreaterThan",
            _ => "GreaterThanEquals",
        });
        if (family == "Boolean" && name != "BooleanEquals")
            throw DataLambdaErrors.NeedsJsonAta(comparison, "booleans compare only with == and !=");
        ChoiceRule rule = right switch
        {
            DataConstant constant => Test(variable, (ComparisonOperator)Enum.Parse(typeof(ComparisonOperator), name), Literal(constant)),
            DataPath other => Test(variable, (ComparisonOperator)Enum.Parse(typeof(ComparisonOperator), name + "Path"), AslJson.Of(Path(other, lambda))),
            _ => throw DataLambdaErrors.NeedsJsonAta(right, "a JSONPath Choice rule compares with a constant or a path, not a computed value"),
        };
        return negate ? new ChoiceRule { Not = rule } : rule;
    }

    private static ChoiceRule Test(string variable, ComparisonOperator op, AslJson operand) =>
        new() { Variable = variable, Comparisons = EquatableArray.Create(new Comparison(op, operand)) };

    /// <summary>A constant as JSON.</summary>
    internal static AslJson Literal(DataConstant constant) => constant.Value switch
    {
        null => AslJson.Null,
        string s => AslJson.Of(s),
        bool b => AslJson.Of(b),
        double d => AslJson.Of(d),
        decimal m => AslJson.Of(m),
        var number => new AslJsonNumber(((IFormattable)number).ToString(null, CultureInfo.InvariantCulture)),
    };

    private static string LiteralText(object? value)
    {
        var text = new StringBuilder();
        JsonAtaWriter.AppendLiteral(text, value);
        return text.ToString();
    }

    private static string Quote(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    // States.Format reads '{' and '}' as placeholders unless escaped.
    private static string EscapeFormat(string value) => value.Replace("\\", "\\\\").Replace("{", "\\{").Replace("}", "\\}");

    // StringMatches reads '*' as a wildcard and '\' as its escape.
    private static string EscapeMatch(string value) => value.Replace("\\", "\\\\").Replace("*", "\\*");

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0])) return false;
        foreach (var c in name)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
