using System.Globalization;
using System.Text;
using Asl.Json;
using Asl.Paths;

namespace Asl;

/// <summary>
/// Translates the expression of a dynamic value (a JSONPath path or an intrinsic call, as <see cref="Input"/>,
/// <see cref="Context"/>, <see cref="Variables"/> and <see cref="Intrinsic"/> write them) into JSONata, so that the same
/// C# works in a JSONata state: <c>$.order.id</c> becomes <c>$states.input.order.id</c>, <c>$$.Task.Token</c>
/// <c>$states.context.Task.Token</c>, <c>States.Format('a {}', $.x)</c> <c>('a ' &amp; $states.input.x)</c>. What has
/// no faithful JSONata form (filters, slices, recursive descent, States.MathRandom, States.StringSplit) is refused
/// with a message that says what to write instead.
/// </summary>
internal static class JsonAtaTranslation
{
    /// <summary>The JSONata form of <paramref name="expression"/>; <paramref name="operand"/> parenthesises an operator expression.</summary>
    /// <exception cref="WorkflowDefinitionException">The expression has no JSONata translation.</exception>
    public static string Translate(string expression, bool operand = false)
    {
        var parsed = PayloadExpressions.Parse(expression);
        if (!parsed.Success)
            throw Refuse(expression, "it is not a valid path or intrinsic call (" + parsed.Error + ")");
        var text = new StringBuilder();
        if (parsed.Call is { } call) AppendCall(text, call, expression, operand);
        else AppendPath(text, parsed.Path!, expression);
        return text.ToString();
    }

    private static void AppendPath(StringBuilder text, JsonPath path, string whole)
    {
        text.Append(path.Root switch
        {
            PathRoot.Context => "$states.context",
            PathRoot.Variable => "$" + path.VariableName,
            PathRoot.Input => "$states.input",
            _ => throw Refuse(whole, "'@' exists only inside a filter"),
        });
        foreach (var segment in path.Segments)
        {
            if (segment.IsDescendant || segment.Selectors.Count != 1)
                throw Refuse(whole, "recursive descent (..) and unions ([a,b]) have no direct JSONata form");
            switch (segment.Selectors[0])
            {
                case NameSelector name when IsPlainName(name.Name):
                    text.Append('.').Append(name.Name);
                    break;
                case NameSelector name when name.Name.IndexOf('`') < 0:
                    text.Append(".`").Append(name.Name).Append('`');
                    break;
                case IndexSelector index:
                    text.Append('[').Append(index.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                default:
                    throw Refuse(whole, "wildcards, slices and filters select differently in JSONata");
            }
        }
    }

    private static void AppendCall(StringBuilder text, IntrinsicCall call, string whole, bool operand)
    {
        var args = call.Arguments;
        switch (call.Name)
        {
            case IntrinsicFunctions.Format when args.Count >= 1 && args[0] is IntrinsicString template && template.PlaceholderCount == args.Count - 1:
                if (operand || args.Count > 1) text.Append('(');
                var first = true;
                for (var i = 0; i < template.TemplateParts.Count; i++)
                {
                    if (template.TemplateParts[i].Length > 0)
                    {
                        if (!first) text.Append(" & ");
                        DynamicText.AppendJsonAtaString(text, template.TemplateParts[i]);
                        first = false;
                    }
                    if (i + 1 < args.Count)
                    {
                        if (!first) text.Append(" & ");
                        AppendArgument(text, args[i + 1], whole, operand: true);
                        first = false;
                    }
                }
                if (first) text.Append("''");
                if (operand || args.Count > 1) text.Append(')');
                return;
            case IntrinsicFunctions.Array:
                text.Append('[');
                for (var i = 0; i < args.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    AppendArgument(text, args[i], whole, operand: false);
                }
                text.Append(']');
                return;
            case "States.ArrayGetItem" when args.Count == 2:
                text.Append('(');
                AppendArgument(text, args[0], whole, operand: false);
                text.Append(")[");
                AppendArgument(text, args[1], whole, operand: false);
                text.Append(']');
                return;
            case "States.ArrayContains" when args.Count == 2:
                text.Append('(');
                AppendArgument(text, args[1], whole, operand: true);
                text.Append(" in ");
                AppendArgument(text, args[0], whole, operand: true);
                text.Append(')');
                return;
            case "States.MathAdd" when args.Count == 2:
                text.Append('(');
                AppendArgument(text, args[0], whole, operand: true);
                text.Append(" + ");
                AppendArgument(text, args[1], whole, operand: true);
                text.Append(')');
                return;
            case "States.JsonMerge" when args.Count == 3 && args[2] is IntrinsicLiteral { Value: AslJsonBool { Value: false } }:
                text.Append("$merge([");
                AppendArgument(text, args[0], whole, operand: false);
                text.Append(", ");
                AppendArgument(text, args[1], whole, operand: false);
                text.Append("])");
                return;
        }
        var function = call.Name switch
        {
            "States.StringToJson" => "$parse",
            "States.JsonToString" => "$string",
            "States.ArrayPartition" => "$partition",
            "States.ArrayRange" => "$range",
            "States.ArrayLength" => "$count",
            "States.ArrayUnique" => "$distinct",
            "States.Base64Encode" => "$base64encode",
            "States.Base64Decode" => "$base64decode",
            "States.Hash" => "$hash",
            "States.UUID" => "$uuid",
            _ => throw Refuse(whole, call.Name + " has no JSONata function of the same meaning"),
        };
        text.Append(function).Append('(');
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0) text.Append(", ");
            AppendArgument(text, args[i], whole, operand: false);
        }
        text.Append(')');
    }

    private static void AppendArgument(StringBuilder text, IntrinsicArgument argument, string whole, bool operand)
    {
        switch (argument)
        {
            case IntrinsicString s:
                DynamicText.AppendJsonAtaString(text, s.Value);
                break;
            case IntrinsicLiteral literal:
                text.Append(literal.Value switch
                {
                    AslJsonNumber number => number.Raw,
                    AslJsonBool b => b.Value ? "true" : "false",
                    _ => "null",
                });
                break;
            case IntrinsicPath path:
                AppendPath(text, path.Path, whole);
                break;
            case IntrinsicCall call:
                AppendCall(text, call, whole, operand);
                break;
        }
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_')) return false;
        foreach (var c in name)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return name is not ("and" or "or" or "in" or "true" or "false" or "null" or "function");
    }

    private static WorkflowDefinitionException Refuse(string expression, string reason) => new(
        $"The dynamic value '{expression}' cannot be used in a JSONata state: {reason}. "
        + "Write the JSONata expression yourself as a string, for example \"{% $states.input.items[0] %}\", or give the state .QueryLanguage(QueryLanguage.JsonPath).");
}
