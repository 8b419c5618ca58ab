using System.Collections.Generic;

namespace Asl.Paths;

/// <summary>Bracket notation: quoted names, indexes, slices, unions, '*', filters and the (@.length-N) index.</summary>
internal sealed partial class PathReader
{
    /// <summary>Reads '[' ... ']' and returns its selectors.</summary>
    private List<PathSelector>? ReadBracket()
    {
        var c = _cursor;
        var open = c.Position;
        c.Position++; // '['
        c.SkipWhitespace();
        PathSelector? single = c.Current switch
        {
            '?' => ReadFilterSelector(),
            '(' => ReadLengthOffsetIndex(),
            _ => null,
        };
        if (single is not null)
            return CloseBracket(open) ? new List<PathSelector> { single } : null;
        if (c.Error is not null) return null;

        var selectors = new List<PathSelector>();
        while (true)
        {
            c.SkipWhitespace();
            if (c.AtEnd)
            {
                c.Fail(open, "the '[' here is never closed; add ']'");
                return null;
            }
            var selector = ReadBracketSelector();
            if (selector is null) return null;
            selectors.Add(selector);
            c.SkipWhitespace();
            if (c.Current == ',')
            {
                c.Position++;
                continue;
            }
            return CloseBracket(open) ? selectors : null;
        }
    }

    private bool CloseBracket(int open)
    {
        var c = _cursor;
        c.SkipWhitespace();
        if (c.Current == ']')
        {
            c.Position++;
            return true;
        }
        c.Fail(c.AtEnd ? open : c.Position, c.AtEnd
            ? "the '[' here is never closed; add ']'"
            : $"expected ',' or ']' inside brackets, found {c.Describe()}");
        return false;
    }

    private PathSelector? ReadBracketSelector()
    {
        var c = _cursor;
        var ch = c.Current;
        if (ch is '\'' or '"')
        {
            var name = ReadQuotedString();
            return name is null ? null : new NameSelector(name);
        }
        if (ch == '*')
        {
            c.Position++;
            return WildcardSelector.Instance;
        }
        if (ch == '-' || ch == ':' || SyntaxCursor.IsDigit(ch)) return ReadIndexOrSlice();

        var hint = ch switch
        {
            '$' or '@' => "; a path cannot be used as an index",
            ']' => "; empty brackets select nothing",
            _ when SyntaxCursor.IsIdentifierStart(ch) => "; quote field names in brackets, for example ['" + ch + "...']",
            _ => "",
        };
        c.Fail(c.Position, $"expected a quoted name, an index, a slice, '*' or a filter '?(...)' inside brackets, found {c.Describe()}{hint}");
        return null;
    }

    private PathSelector? ReadIndexOrSlice()
    {
        var c = _cursor;
        int? start = null;
        if (c.Current != ':')
        {
            if (!ReadInteger(out var value)) return null;
            start = value;
            c.SkipWhitespace();
            if (c.Current != ':') return new IndexSelector(value);
        }
        c.Position++; // ':'
        c.SkipWhitespace();
        int? end = null;
        if (c.Current == '-' || SyntaxCursor.IsDigit(c.Current))
        {
            if (!ReadInteger(out var value)) return null;
            end = value;
            c.SkipWhitespace();
        }
        int? step = null;
        if (c.Current == ':')
        {
            c.Position++;
            c.SkipWhitespace();
            if (c.Current == '-' || SyntaxCursor.IsDigit(c.Current))
            {
                var stepOffset = c.Position;
                if (!ReadInteger(out var value)) return null;
                if (value == 0)
                {
                    c.Fail(stepOffset, "a slice step of 0 selects nothing; use a positive or negative step, or leave it out");
                    return null;
                }
                step = value;
            }
        }
        return new SliceSelector(start, end, step);
    }

    /// <summary>Reads an optionally negative integer that fits in 32 bits.</summary>
    private bool ReadInteger(out int value)
    {
        var c = _cursor;
        value = 0;
        var start = c.Position;
        var negative = c.Current == '-';
        if (negative) c.Position++;
        if (!SyntaxCursor.IsDigit(c.Current))
        {
            c.Fail(c.Position, $"expected a digit, found {c.Describe()}");
            return false;
        }
        long magnitude = 0;
        while (SyntaxCursor.IsDigit(c.Current))
        {
            magnitude = magnitude * 10 + (c.Current - '0');
            if (magnitude > int.MaxValue)
            {
                c.Fail(start, "the index is too large; array indexes are limited to 2147483647");
                return false;
            }
            c.Position++;
        }
        value = (int)(negative ? -magnitude : magnitude);
        return true;
    }

    /// <summary>Reads the script form [(@.length-N)] that selects the N-th element from the end.</summary>
    private PathSelector? ReadLengthOffsetIndex()
    {
        var c = _cursor;
        const string Form = "a script index must have the form (@.length-N), for example [(@.length-1)] for the last element";
        c.Position++; // '('
        c.SkipWhitespace();
        if (!c.StartsWith("@.length"))
        {
            c.Fail(c.Position, Form);
            return null;
        }
        c.Position += "@.length".Length;
        c.SkipWhitespace();
        if (c.Current != '-')
        {
            c.Fail(c.Position, Form);
            return null;
        }
        c.Position++;
        c.SkipWhitespace();
        var numberOffset = c.Position;
        if (c.Current == '-' || !ReadInteger(out var offset))
        {
            c.Fail(numberOffset, Form);
            return null;
        }
        if (offset == 0)
        {
            c.Fail(numberOffset, "(@.length-0) is past the end of the array; use (@.length-1) for the last element");
            return null;
        }
        c.SkipWhitespace();
        return c.Expect(')', "to close the script index") ? new IndexSelector(-offset) : null;
    }
}
