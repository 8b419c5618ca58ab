using System.Collections.Generic;
using System.Text;
using Asl.Collections;
using Asl.Json;

namespace Asl.Paths;

/// <summary>
/// Parses intrinsic function calls such as <c>States.Format('Hello {}', $.name)</c>. Arguments are
/// single-quoted strings (escapes <c>\'</c>, <c>\{</c>, <c>\}</c>, <c>\\</c>), numbers, <c>true</c>,
/// <c>false</c>, <c>null</c>, paths (<c>$</c>, <c>$$</c>, <c>$var</c>) and nested calls; white space may
/// surround arguments. Function names are not checked here (see <see cref="IntrinsicFunctions"/>).
/// Thread-safe; never throws on bad input. One pass without backtracking: time and memory are linear in the
/// length of the text, and recursion is at most <see cref="MaxNesting"/> calls deep (paths in arguments bound
/// their own filter nesting).
/// </summary>
public static class IntrinsicParser
{
    /// <summary>
    /// The deepest nesting of calls Step Functions evaluates in one field (ten: a call with nine levels of calls
    /// in its arguments). Parsing stops at the first call deeper than that, with
    /// <see cref="IntrinsicParseResult.NestingTooDeep"/> set.
    /// </summary>
    public const int MaxNesting = 10;

    /// <summary>Parses <paramref name="text"/> as one call; trailing white space is ignored.</summary>
    public static IntrinsicParseResult Parse(string text)
    {
        if (text is null) return IntrinsicParseResult.Fail("the intrinsic function call is missing", 0);
        if (text.Length == 0) return IntrinsicParseResult.Fail("the intrinsic function call is empty", 0);
        var cursor = new SyntaxCursor(text);
        var reader = new Reader(cursor);
        var call = reader.ReadCall(1);
        if (call is not null)
        {
            cursor.SkipWhitespace();
            if (cursor.AtEnd) return IntrinsicParseResult.Ok(call);
            cursor.Fail(cursor.Position, $"unexpected {cursor.Describe()} after the closing ')' of {call.Name}; a value holds a single call");
        }
        return IntrinsicParseResult.Fail(cursor.Error ?? "the intrinsic function call is not valid", cursor.ErrorOffset < 0 ? 0 : cursor.ErrorOffset,
            reader.NestingTooDeep);
    }

    /// <summary>True for characters of a function name: <c>[A-Za-z0-9._]</c>.</summary>
    internal static bool IsNameChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_';

    internal static bool IsNameStart(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private sealed class Reader
    {
        private readonly SyntaxCursor _c;

        public Reader(SyntaxCursor cursor) => _c = cursor;

        /// <summary>True when reading stopped at a call nested deeper than <see cref="MaxNesting"/>.</summary>
        public bool NestingTooDeep { get; private set; }

        public IntrinsicCall? ReadCall(int depth)
        {
            var c = _c;
            var start = c.Position;
            if (depth > MaxNesting)
            {
                // Checked before the call is read, so no input makes the parser build (or recurse) deeper than AWS evaluates.
                NestingTooDeep = true;
                c.Fail(start, $"this call is nested {depth} levels deep, more than the {MaxNesting} that Step Functions evaluates");
                return null;
            }
            if (!IsNameStart(c.Current))
            {
                c.Fail(start, $"an intrinsic function call starts with the function name, for example States.Format(...), found {c.Describe()}");
                return null;
            }
            while (IsNameChar(c.Current)) c.Position++;
            var name = c.Text.Substring(start, c.Position - start);
            if (c.Current != '(')
            {
                c.Fail(c.Position, SyntaxCursor.IsWhitespace(c.Current)
                    ? $"no space is allowed between the function name {name} and '('"
                    : $"expected '(' after the function name {name}, found {c.Describe()}; a name uses only letters, digits, '.' and '_'");
                return null;
            }
            var open = c.Position;
            c.Position++;
            c.SkipWhitespace();
            var arguments = new List<IntrinsicArgument>();
            if (c.Current == ')')
            {
                c.Position++;
                return new IntrinsicCall(name, PathReader.Wrap(arguments));
            }
            while (true)
            {
                var argument = ReadArgument(name, arguments.Count + 1, depth);
                if (argument is null) return null;
                arguments.Add(argument);
                c.SkipWhitespace();
                if (c.Current == ',')
                {
                    c.Position++;
                    c.SkipWhitespace();
                    continue;
                }
                if (c.Current == ')')
                {
                    c.Position++;
                    return new IntrinsicCall(name, PathReader.Wrap(arguments));
                }
                if (c.AtEnd)
                    c.Fail(open, $"the '(' of {name} is never closed; add ')'");
                else
                    c.Fail(c.Position, $"expected ',' or ')' after argument {arguments.Count} of {name}, found {c.Describe()}");
                return null;
            }
        }

        private IntrinsicArgument? ReadArgument(string function, int position, int depth)
        {
            var c = _c;
            var ch = c.Current;
            switch (ch)
            {
                case '\'':
                    return ReadString();
                case '$':
                    var path = new PathReader(c).ReadPath(allowCurrent: false);
                    return path is null ? null : new IntrinsicPath(path);
                case '-':
                case >= '0' and <= '9':
                    var number = NumberReader.Read(c);
                    return number is null ? null : new IntrinsicLiteral(number);
                case '"':
                    c.Fail(c.Position, "string arguments are written in single quotes, for example 'text'");
                    return null;
                case ')' or ',':
                    c.Fail(c.Position, $"argument {position} of {function} is missing");
                    return null;
            }
            if (IsNameStart(ch))
            {
                if (TryKeyword("true")) return new IntrinsicLiteral(AslJson.Of(true));
                if (TryKeyword("false")) return new IntrinsicLiteral(AslJson.Of(false));
                if (TryKeyword("null")) return new IntrinsicLiteral(AslJson.Null);
                return ReadCall(depth + 1);
            }
            c.Fail(c.Position, c.AtEnd
                ? $"argument {position} of {function} is missing and the call is never closed"
                : $"expected argument {position} of {function} (a 'string', a number, true, false, null, a path or a call), found {c.Describe()}");
            return null;
        }

        private bool TryKeyword(string keyword)
        {
            var c = _c;
            if (!c.StartsWith(keyword)) return false;
            var after = c.Position + keyword.Length;
            if (after < c.Text.Length && (IsNameChar(c.Text[after]) || c.Text[after] == '(')) return false;
            c.Position = after;
            return true;
        }

        private IntrinsicString? ReadString()
        {
            var c = _c;
            var open = c.Position;
            c.Position++;
            var value = new StringBuilder();
            var part = new StringBuilder();
            var parts = new List<string>();
            var escapedQuoteAt = -1;
            while (true)
            {
                if (c.AtEnd)
                {
                    c.Fail(open, escapedQuoteAt >= 0
                        ? $"the string that starts here is never closed: the \\' at character {escapedQuoteAt + 1} is an escaped quote; write \\\\' to end a string with a backslash"
                        : "the string that starts here is never closed; add the closing '");
                    return null;
                }
                var ch = c.Current;
                if (ch == '\'')
                {
                    c.Position++;
                    parts.Add(part.ToString());
                    return new IntrinsicString(value.ToString(), PathReader.Wrap(parts));
                }
                if (ch == '\\')
                {
                    var escape = c.Position;
                    c.Position++;
                    if (c.AtEnd)
                    {
                        c.Fail(escape, "the backslash at the end escapes nothing; write \\\\ for a backslash and close the string with '");
                        return null;
                    }
                    var escaped = c.Current;
                    c.Position++;
                    if (escaped is '\'' or '{' or '}' or '\\')
                    {
                        if (escaped == '\'') escapedQuoteAt = escape;
                        value.Append(escaped);
                        part.Append(escaped);
                    }
                    else
                    {
                        // Only \' \{ \} \\ are escapes; AWS keeps any other backslash as written.
                        value.Append('\\').Append(escaped);
                        part.Append('\\').Append(escaped);
                    }
                    continue;
                }
                if (ch == '{' && c.Next == '}')
                {
                    c.Position += 2;
                    value.Append("{}");
                    parts.Add(part.ToString());
                    part.Clear();
                    continue;
                }
                value.Append(ch);
                part.Append(ch);
                c.Position++;
            }
        }
    }
}
