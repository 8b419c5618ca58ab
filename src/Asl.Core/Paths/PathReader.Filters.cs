using Asl.Json;

namespace Asl.Paths;

/// <summary>Filter expressions: <c>||</c> binds loosest, then <c>&amp;&amp;</c>, then <c>!</c>; parentheses group.</summary>
internal sealed partial class PathReader
{
    /// <summary>Reads '?(' condition ')'; the cursor is at '?'.</summary>
    private PathSelector? ReadFilterSelector()
    {
        var c = _cursor;
        c.Position++; // '?'
        c.SkipWhitespace();
        if (!c.Expect('(', "after '?'; a filter is written [?(condition)]")) return null;
        var expression = ReadOr();
        if (expression is null) return null;
        c.SkipWhitespace();
        return c.Expect(')', "to close the filter condition") ? new FilterSelector(expression) : null;
    }

    private FilterExpression? ReadOr()
    {
        if (!Enter()) return null;
        var left = ReadAnd();
        while (left is not null && TryOperator("||"))
        {
            var right = ReadAnd();
            left = right is null ? null : new FilterLogical(FilterLogicalOperator.Or, left, right);
        }
        _nesting--;
        return left;
    }

    private FilterExpression? ReadAnd()
    {
        var left = ReadUnary();
        while (left is not null && TryOperator("&&"))
        {
            var right = ReadUnary();
            left = right is null ? null : new FilterLogical(FilterLogicalOperator.And, left, right);
        }
        return left;
    }

    private bool TryOperator(string token)
    {
        var c = _cursor;
        c.SkipWhitespace();
        if (!c.StartsWith(token)) return false;
        c.Position += token.Length;
        return true;
    }

    private FilterExpression? ReadUnary()
    {
        var c = _cursor;
        c.SkipWhitespace();
        if (c.Current == '!')
        {
            if (!Enter()) return null;
            c.Position++;
            var operand = ReadUnary();
            _nesting--;
            return operand is null ? null : new FilterNot(operand);
        }
        if (c.Current == '(')
        {
            c.Position++;
            var inner = ReadOr();
            if (inner is null) return null;
            c.SkipWhitespace();
            return c.Expect(')', "to close the parenthesis") ? inner : null;
        }
        return ReadComparison();
    }

    /// <summary>An operand, optionally compared with a second one. A literal alone is not a condition.</summary>
    private FilterExpression? ReadComparison()
    {
        var c = _cursor;
        var leftOffset = c.Position;
        var left = ReadOperand();
        if (left is null) return null;
        c.SkipWhitespace();
        var operatorOffset = c.Position;
        var op = ReadComparisonOperator();
        if (op is null)
        {
            if (c.Error is not null) return null;
            if (left is FilterLiteral)
            {
                c.Fail(leftOffset, "a literal alone is not a condition; compare it with a path, for example @.price < 10");
                return null;
            }
            return left;
        }
        c.SkipWhitespace();
        var right = ReadOperand();
        if (right is null) return null;
        if (left is FilterLiteral && right is FilterLiteral)
        {
            c.Fail(operatorOffset, "this comparison has no path on either side; compare a path such as @.price with a value");
            return null;
        }
        return new FilterComparison(left, op.Value, right);
    }

    private FilterComparisonOperator? ReadComparisonOperator()
    {
        var c = _cursor;
        var ch = c.Current;
        var next = c.Next;
        FilterComparisonOperator? op;
        var length = 2;
        switch (ch)
        {
            case '=' when next == '=': op = FilterComparisonOperator.Equal; break;
            case '!' when next == '=': op = FilterComparisonOperator.NotEqual; break;
            case '<' when next == '=': op = FilterComparisonOperator.LessThanOrEqual; break;
            case '>' when next == '=': op = FilterComparisonOperator.GreaterThanOrEqual; break;
            case '<': op = FilterComparisonOperator.LessThan; length = 1; break;
            case '>': op = FilterComparisonOperator.GreaterThan; length = 1; break;
            case '=' when next == '~':
                c.Fail(c.Position, "regular-expression matching (=~) is not supported in filters");
                return null;
            case '=':
                c.Fail(c.Position, "'=' alone is not a comparison; use '==' to test equality");
                return null;
            default:
                return null;
        }
        c.Position += length;
        return op;
    }

    private FilterExpression? ReadOperand()
    {
        var c = _cursor;
        var ch = c.Current;
        if (ch is '@' or '$')
        {
            var path = ReadPath(allowCurrent: true);
            return path is null ? null : new FilterQuery(path);
        }
        if (ch is '\'' or '"')
        {
            var text = ReadQuotedString();
            return text is null ? null : new FilterLiteral(AslJson.Of(text));
        }
        if (ch == '-' || SyntaxCursor.IsDigit(ch))
        {
            var number = NumberReader.Read(c);
            return number is null ? null : new FilterLiteral(number);
        }
        if (TryKeyword("true")) return new FilterLiteral(AslJson.Of(true));
        if (TryKeyword("false")) return new FilterLiteral(AslJson.Of(false));
        if (TryKeyword("null")) return new FilterLiteral(AslJson.Null);
        if (SyntaxCursor.IsIdentifierStart(ch))
        {
            var start = c.Position;
            var end = start;
            while (end < c.Text.Length && SyntaxCursor.IsIdentifierPart(c.Text[end])) end++;
            var word = c.Text.Substring(start, end - start);
            c.Fail(start, $"{JsonPathParser.UnquotedFilterWordPrefix}{word} is not a value: Step Functions' JSONPath reads an unquoted operand as a number, so the path fails when it is evaluated; quote it ('{word}') to compare with text");
            return null;
        }
        c.Fail(c.Position, $"expected a path (@.name or $.name) or a value (a number, a quoted string, true, false or null), found {c.Describe()}");
        return null;
    }

    private bool TryKeyword(string keyword)
    {
        var c = _cursor;
        if (!c.StartsWith(keyword)) return false;
        var after = c.Position + keyword.Length;
        if (after < c.Text.Length && SyntaxCursor.IsIdentifierPart(c.Text[after])) return false;
        c.Position = after;
        return true;
    }

    private bool Enter()
    {
        if (++_nesting <= MaxNesting) return true;
        _cursor.Fail(_cursor.Position, $"the filter is nested more than {MaxNesting} levels deep");
        return false;
    }
}
