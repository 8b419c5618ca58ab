using System;
using System.Linq;
using System.Text;

namespace Asl.Json;

/// <summary>
/// Turns increasing UTF-8 byte offsets into 1-based lines and columns in one forward pass over the text.
/// Lines end at <c>\n</c>; columns count UTF-16 code units (as editors do), so a character outside the
/// Basic Multilingual Plane takes two columns.
/// </summary>
internal ref struct TextCursor(ReadOnlySpan<byte> utf8)
{
    private readonly ReadOnlySpan<byte> _utf8 = utf8;
    private int _offset;

    public int Line { get; private set; } = 1;

    public int Column { get; private set; } = 1;

    /// <summary>Moves forward to <paramref name="offset"/> (never backwards) and updates Line and Column.</summary>
    public void MoveTo(int offset)
    {
        if (offset > _utf8.Length) offset = _utf8.Length;
        if (offset <= _offset) return;
        // Vectorized counts instead of a byte loop: a 10 MB definition has millions of tokens.
        var skipped = _utf8[_offset..offset];
        var lastBreak = skipped.LastIndexOf((byte)'\n');
        if (lastBreak < 0)
        {
            Column += Encoding.UTF8.GetCharCount(skipped);
        }
        else
        {
            Line += skipped.Count((byte)'\n');
            Column = 1 + Encoding.UTF8.GetCharCount(skipped[(lastBreak + 1)..]);
        }
        _offset = offset;
    }

    /// <summary>The byte offset where 0-based line <paramref name="line"/> starts (lines end at <c>\n</c>).</summary>
    public static int LineStart(ReadOnlySpan<byte> utf8, long line)
    {
        var offset = 0;
        for (long l = 0; l < line; l++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0) return offset;
            offset += next + 1;
        }
        return offset;
    }
}
