using System.Globalization;
using System.Text;
using Asl.Json;

namespace Asl.Cli.Import;

/// <summary>
/// Writes JSON values as the C# the fluent API takes: anonymous objects (dictionaries where a key is no C# name),
/// arrays, literals, and dynamic values (<c>"Key.$"</c> members of JSONPath templates) as Input.At, Context, Variables, Intrinsic or
/// DynamicValue.Encode.
/// </summary>
internal static class CSharpValues
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    private static readonly Dictionary<string, string> ContextFields = new(StringComparer.Ordinal)
    {
        ["$$.Task.Token"] = "Context.TaskToken",
        ["$$.Execution.Id"] = "Context.ExecutionId",
        ["$$.Execution.Name"] = "Context.ExecutionName",
        ["$$.Execution.StartTime"] = "Context.ExecutionStartTime",
        ["$$.Execution.Input"] = "Context.ExecutionInput",
        ["$$.StateMachine.Id"] = "Context.StateMachineId",
        ["$$.State.Name"] = "Context.StateName",
        ["$$.State.RetryCount"] = "Context.RetryCount",
        ["$$.Map.Item.Value"] = "Context.MapItemValue",
        ["$$.Map.Item.Index"] = "Context.MapItemIndex",
    };

    /// <summary>A C# string literal.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or >= '\uE000' and <= '\uF8FF')
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>A dynamic value: the C# that gives <paramref name="expression"/> in a JSONPath template.</summary>
    public static string Dynamic(string expression)
    {
        if (expression == "$") return "Input.Whole";
        if (ContextFields.TryGetValue(expression, out var field)) return field;
        if (expression.StartsWith("$$.Execution.Input", StringComparison.Ordinal) && expression.Length > "$$.Execution.Input".Length
            && expression["$$.Execution.Input".Length] is '.' or '[')
            return $"Context.ExecutionInputAt({String(expression["$$.Execution.Input".Length..])})";
        if (expression.StartsWith("$$", StringComparison.Ordinal)) return $"DynamicValue.Encode({String(expression)})";
        if (expression.StartsWith("States.", StringComparison.Ordinal) && CSharpIntrinsics.TryWrite(expression) is { } call) return call;
        if (expression.StartsWith("$.", StringComparison.Ordinal) || expression.StartsWith("$[", StringComparison.Ordinal)) return $"Input.At({String(expression)})";
        if (expression.StartsWith('$') && expression.Length > 1 && (char.IsLetter(expression[1]) || expression[1] == '_'))
        {
            var end = 1;
            while (end < expression.Length && (char.IsLetterOrDigit(expression[end]) || expression[end] == '_')) end++;
            var name = expression[1..end];
            var rest = expression[end..];
            return rest.Length == 0 ? $"Variables.At({String(name)})" : $"Variables.At({String(name)}, {String(rest)})";
        }
        return $"DynamicValue.Encode({String(expression)})";
    }

    /// <summary>A payload template (Parameters, ResultSelector, Arguments, Output, Assign, ...) as a C# value.</summary>
    /// <param name="where">The state, for messages.</param>
    /// <param name="field">The field, for messages.</param>
    /// <param name="template">True when <c>"Key.$"</c> members are evaluated (JSONPath templates).</param>
    public static string Value(AslJson value, string where, string field, bool template, string indent)
    {
        switch (value)
        {
            case AslJsonNull:
                throw new ImportNotSupportedException(where, field, "a payload value is null, and the fluent API leaves null members out");
            case AslJsonBool b:
                return b.Value ? "true" : "false";
            case AslJsonNumber n:
                return Number(n, where, field);
            case AslJsonString s:
                return String(s.Value);
            case AslJsonArray array:
                if (array.Items.Count == 0) return "new object[] { }";
                var items = new List<string>();
                for (var i = 0; i < array.Items.Count; i++) items.Add(Value(array.Items[i], where, field + "/" + i, template, indent + "    "));
                return Wrap("new object[] { ", items, " }", indent);
            case AslJsonObject obj:
                return Object(obj, where, field, template, indent);
            default:
                throw new ImportNotSupportedException(where, field, "an unknown JSON value");
        }
    }

    private static string Object(AslJsonObject obj, string where, string field, bool template, string indent)
    {
        var members = new List<(string Name, string Value)>();
        foreach (var property in obj.Properties)
        {
            var at = field + "/" + property.Name;
            if (template && property.Name.EndsWith(".$", StringComparison.Ordinal) && property.Name.Length > 2)
            {
                if (property.Value is not AslJsonString expression)
                    throw new ImportNotSupportedException(where, at, "a '.$' member must hold a path or an intrinsic call");
                members.Add((property.Name[..^2], Dynamic(expression.Value)));
                continue;
            }
            if (property.Value is AslJsonNull)
                throw new ImportNotSupportedException(where, at, "the value is null, and the fluent API leaves null members out");
            members.Add((property.Name, Value(property.Value, where, at, template, indent + "    ")));
        }
        if (members.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() != members.Count)
            throw new ImportNotSupportedException(where, field, "it has both a member and the same member with '.$'");
        if (members.Count == 0) return "new { }";
        if (members.All(m => IsIdentifier(m.Name)))
            return Wrap("new { ", members.Select(m => Identifier(m.Name) + " = " + m.Value).ToList(), " }", indent);
        return Wrap("new Dictionary<string, object> { ", members.Select(m => "[" + String(m.Name) + "] = " + m.Value).ToList(), " }", indent);
    }

    public static string Number(AslJsonNumber number, string where, string field)
    {
        if (number.TryGetInt64(out var whole))
            return whole is >= int.MinValue and <= int.MaxValue ? whole.ToString(CultureInfo.InvariantCulture) : whole.ToString(CultureInfo.InvariantCulture) + "L";
        var value = number.Value;
        if (double.IsFinite(value))
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.') || text.Contains('E') ? text : text + ".0";
        }
        throw new ImportNotSupportedException(where, field, $"the number {number.Raw} has no C# value");
    }

    /// <summary>On one line when short, else one item a line.</summary>
    private static string Wrap(string open, IReadOnlyList<string> items, string close, string indent)
    {
        var single = open + string.Join(", ", items) + close;
        if (single.Length <= 100 && !single.Contains('\n')) return single;
        var inner = indent + "    ";
        return open.TrimEnd() + "\n" + string.Join(",\n", items.Select(i => inner + i)) + ",\n" + indent + close.TrimStart();
    }

    public static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_') && name.All(c => c < 128);

    private static string Identifier(string name) => Keywords.Contains(name) ? "@" + name : name;
}
