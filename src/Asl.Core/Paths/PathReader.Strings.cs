using System.Text;

namespace Asl.Paths;

/// <summary>Quoted strings in brackets and filters: single or double quotes with JSON-style escapes.</summary>
internal sealed partial class PathReader
{
    /// <summary>Reads a single- or double-quoted string with JSON-style escapes; the cursor is at the quote.</summary>
    internal string? ReadQuotedString()
    {
        var c = _cursor;
        var open = c.Position;
        var quote = c.Current;
        c.Position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (c.AtEnd)
            {
                c.Fail(open, $"the string that starts here is never closed; add the closing {quote}");
                return null;
            }
            var ch = c.Current;
            if (ch == quote)
            {
                c.Position++;
                return builder.ToString();
            }
            if (ch != '\\')
            {
                builder.Append(ch);
                c.Position++;
                continue;
            }
            var escape = c.Position;
            c.Position++;
            if (c.AtEnd)
            {
                c.Fail(escape, "the backslash at the end escapes nothing; write \\\\ for a backslash");
                return null;
            }
            var escaped = c.Current;
            c.Position++;
            switch (escaped)
            {
                // Jayway keeps a backslash before the other quote: in $['Test\"Name'] the name is Test\"Name
                // (recorded on AWS: the key Test\"Name matched).
                case '"' when quote == '\'':
                case '\'' when quote == '"':
                    builder.Append('\\').Append(escaped);
                    break;
                case '\\' or '\'' or '"' or '/': builder.Append(escaped); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (!ReadUnicodeEscape(escape, builder)) return null;
                    break;
                default:
                    c.Fail(escape, $"'\\{escaped}' is not an escape; the escapes are \\\\, \\', \\\", \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX");
                    return null;
            }
        }
    }

    private bool ReadUnicodeEscape(int escape, StringBuilder builder)
    {
        var c = _cursor;
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(c.Current);
            if (digit < 0)
            {
                c.Fail(escape, "'\\u' must be followed by four hexadecimal digits");
                return false;
            }
            code = code * 16 + digit;
            c.Position++;
        }
        builder.Append((char)code);
        return true;
    }

    private static int HexValue(char ch) => ch switch
    {
        >= '0' and <= '9' => ch - '0',
        >= 'a' and <= 'f' => ch - 'a' + 10,
        >= 'A' and <= 'F' => ch - 'A' + 10,
        _ => -1,
    };
}
