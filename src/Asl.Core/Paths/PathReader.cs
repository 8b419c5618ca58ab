using System.Collections.Generic;
using Asl.Collections;

namespace Asl.Paths;

/// <summary>
/// Reads a path at the cursor: a root and its segments. It stops at the first character that cannot continue
/// the path, so callers (the top-level parser, intrinsic arguments, filter operands) decide what may follow.
/// </summary>
internal sealed partial class PathReader
{
    /// <summary>Bounds recursion (nested filters and parentheses) so hostile input cannot overflow the stack.</summary>
    internal const int MaxNesting = 64;

    private readonly SyntaxCursor _cursor;
    private int _nesting;

    public PathReader(SyntaxCursor cursor) => _cursor = cursor;

    /// <summary>Hands a freshly built list to an AST node without a second copy.</summary>
    internal static EquatableArray<T> Wrap<T>(List<T> items) => EquatableArray<T>.UnsafeWrap(items.ToArray());

    /// <summary>Reads a path starting at '$' (or '@' when <paramref name="allowCurrent"/>); null after an error.</summary>
    public JsonPath? ReadPath(bool allowCurrent)
    {
        var c = _cursor;
        var start = c.Position;
        PathRoot root;
        string? variable = null;
        if (c.Current == '@' && allowCurrent)
        {
            root = PathRoot.Current;
            c.Position++;
        }
        else if (c.Current == '$')
        {
            c.Position++;
            if (c.Current == '$')
            {
                root = PathRoot.Context;
                c.Position++;
            }
            else if (SyntaxCursor.IsIdentifierStart(c.Current))
            {
                root = PathRoot.Variable;
                var nameStart = c.Position;
                while (!c.AtEnd && SyntaxCursor.IsIdentifierPart(c.Current)) c.Position++;
                variable = c.Text.Substring(nameStart, c.Position - nameStart);
            }
            else
            {
                root = PathRoot.Input;
            }
        }
        else
        {
            c.Fail(start, c.Current == '@'
                ? "'@' (the current node) can only be used inside a filter such as [?(@.price < 10)]; start the path with '$'"
                : $"a path starts with '$' (input), '$$' (context object) or '$name' (variable), found {c.Describe()}");
            return null;
        }

        var segments = ReadSegments();
        return segments is null ? null : new JsonPath(root, variable, Wrap(segments));
    }

    private List<PathSegment>? ReadSegments()
    {
        var c = _cursor;
        var segments = new List<PathSegment>();
        while (true)
        {
            PathSegment? segment;
            if (c.Current == '.')
            {
                segment = c.Next == '.' ? ReadDescendantSegment() : ReadDotSegment();
            }
            else if (c.Current == '[')
            {
                var selectors = ReadBracket();
                segment = selectors is null ? null : new PathSegment(Wrap(selectors));
            }
            else
            {
                return segments;
            }
            if (segment is null) return null;
            segments.Add(segment);
        }
    }

    private PathSegment? ReadDotSegment()
    {
        var c = _cursor;
        c.Position++; // '.'
        if (c.Current == '[')
        {
            // Jayway (the JSONPath of Step Functions) reads the token after '.', and '[' is one: $.[0] is $[0],
            // $.a.['b'] is $.a['b']. Deployed AWS samples rely on it.
            var selectors = ReadBracket();
            return selectors is null ? null : new PathSegment(Wrap(selectors));
        }
        var selector = ReadDotName("'.'");
        return selector is null ? null : PathSegment.Child(selector);
    }

    private PathSegment? ReadDescendantSegment()
    {
        var c = _cursor;
        c.Position += 2; // '..'
        if (c.Current == '.')
        {
            c.Fail(c.Position, "three dots in a row; use '.' for a child or '..' for recursive descent");
            return null;
        }
        if (c.Current == '[')
        {
            var selectors = ReadBracket();
            return selectors is null ? null : new PathSegment(Wrap(selectors), IsDescendant: true);
        }
        var selector = ReadDotName("'..'");
        return selector is null ? null : PathSegment.Descendant(selector);
    }

    /// <summary>Reads a member name (or '*') in dot notation.</summary>
    private PathSelector? ReadDotName(string after)
    {
        var c = _cursor;
        var start = c.Position;
        while (!c.AtEnd && !IsNameStop(c.Current)) c.Position++;
        if (c.Position == start)
        {
            var hint = c.AtEnd || SyntaxCursor.IsWhitespace(c.Current)
                ? ""
                : "; a name with special characters needs bracket notation, for example ['a.b']";
            c.Fail(start, $"expected a field name or '*' after {after}, found {c.Describe()}{hint}");
            return null;
        }
        var name = c.Text.Substring(start, c.Position - start);
        return name == "*" ? WildcardSelector.Instance : new NameSelector(name);
    }

    /// <summary>Characters that end a member name in dot notation.</summary>
    internal static bool IsNameStop(char ch) => ch switch
    {
        '.' or '[' or ']' or '(' or ')' or ',' or '\'' or '"' or '\\' or '<' or '>' or '=' or '!' or '&' or '|' => true,
        _ => SyntaxCursor.IsWhitespace(ch) || char.IsControl(ch),
    };
}
