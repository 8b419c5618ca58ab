using System.Globalization;
using System.Text;
using Asl.Json;

namespace Asl.Paths;

/// <summary>Writes the canonical spelling of paths and filter expressions; the output parses back to an equal AST.</summary>
internal static class PathFormatter
{
    public static void Write(StringBuilder builder, JsonPath path)
    {
        builder.Append(path.Root switch
        {
            PathRoot.Context => "$$",
            PathRoot.Variable => "$" + path.VariableName,
            PathRoot.Current => "@",
            _ => "$",
        });
        foreach (var segment in path.Segments) Write(builder, segment);
    }

    private static void Write(StringBuilder builder, PathSegment segment)
    {
        if (segment.IsDescendant) builder.Append("..");
        if (segment.Selectors.Count == 1)
        {
            switch (segment.Selectors[0])
            {
                case NameSelector name when IsPlainName(name.Name):
                    if (!segment.IsDescendant) builder.Append('.');
                    builder.Append(name.Name);
                    return;
                case WildcardSelector:
                    if (!segment.IsDescendant) builder.Append('.');
                    builder.Append('*');
                    return;
            }
        }
        builder.Append('[');
        for (var i = 0; i < segment.Selectors.Count; i++)
        {
            if (i > 0) builder.Append(',');
            Write(builder, segment.Selectors[i]);
        }
        builder.Append(']');
    }

    private static void Write(StringBuilder builder, PathSelector selector)
    {
        switch (selector)
        {
            case NameSelector name:
                WriteQuoted(builder, name.Name);
                break;
            case WildcardSelector:
                builder.Append('*');
                break;
            case IndexSelector index:
                builder.Append(index.Index.ToString(CultureInfo.InvariantCulture));
                break;
            case SliceSelector slice:
                if (slice.Start is { } start) builder.Append(start.ToString(CultureInfo.InvariantCulture));
                builder.Append(':');
                if (slice.End is { } end) builder.Append(end.ToString(CultureInfo.InvariantCulture));
                if (slice.Step is { } step) builder.Append(':').Append(step.ToString(CultureInfo.InvariantCulture));
                break;
            case FilterSelector filter:
                builder.Append("?(");
                Write(builder, filter.Expression);
                builder.Append(')');
                break;
        }
    }

    public static void Write(StringBuilder builder, FilterExpression expression)
    {
        switch (expression)
        {
            case FilterLiteral literal:
                WriteLiteral(builder, literal.Value);
                break;
            case FilterQuery query:
                Write(builder, query.Path);
                break;
            case FilterComparison comparison:
                Write(builder, comparison.Left);
                builder.Append(' ').Append(Symbol(comparison.Operator)).Append(' ');
                Write(builder, comparison.Right);
                break;
            case FilterLogical logical:
                WriteGrouped(builder, logical.Left);
                builder.Append(logical.Operator == FilterLogicalOperator.And ? " && " : " || ");
                WriteGrouped(builder, logical.Right);
                break;
            case FilterNot not:
                builder.Append('!');
                WriteGrouped(builder, not.Operand);
                break;
        }
    }

    private static void WriteGrouped(StringBuilder builder, FilterExpression expression)
    {
        var group = expression is FilterLogical or FilterComparison;
        if (group) builder.Append('(');
        Write(builder, expression);
        if (group) builder.Append(')');
    }

    private static void WriteLiteral(StringBuilder builder, AslJson value)
    {
        switch (value)
        {
            case AslJsonString text:
                WriteQuoted(builder, text.Value);
                break;
            case AslJsonNumber number:
                builder.Append(number.Raw);
                break;
            case AslJsonBool boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static string Symbol(FilterComparisonOperator op) => op switch
    {
        FilterComparisonOperator.Equal => "==",
        FilterComparisonOperator.NotEqual => "!=",
        FilterComparisonOperator.LessThan => "<",
        FilterComparisonOperator.LessThanOrEqual => "<=",
        FilterComparisonOperator.GreaterThan => ">",
        _ => ">=",
    };

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || name == "*") return false;
        foreach (var ch in name)
            if (PathReader.IsNameStop(ch)) return false;
        return true;
    }

    private static void WriteQuoted(StringBuilder builder, string text)
    {
        builder.Append('\'');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\'': builder.Append("\\'"); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(ch)) builder.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(ch);
                    break;
            }
        }
        builder.Append('\'');
    }
}
