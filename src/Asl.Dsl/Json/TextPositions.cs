using System;
using System.Linq;
namespace Asl.Json;

/// <summary>
/// Turns byte offsets of a read text into 1-based lines and columns, on demand. The tree stores only offsets:
/// tracking line and column for every token cost the parser a sixth of its time, and only findings ever ask.
/// Keeps the text (the caller's array when the reader owns it, else a copy in chunks below the large object heap's
/// threshold), and on the first question builds
/// one checkpoint (line and column) per <see cref="BlockSize"/> bytes, so each answer scans at most one block.
/// Lines end at <c>\n</c>; columns count UTF-16 code units, so a character outside the Basic Multilingual Plane
/// takes two columns. The text must be valid UTF-8 (the parser checks that first).
/// </summary>
internal sealed class TextPositions
{
    private const int ChunkShift = 16; // 64 KB chunks stay off the large object heap
    private const int ChunkSize = 1 << ChunkShift;
    private const int BlockShift = 10;
    private const int BlockSize = 1 << BlockShift;

    private readonly byte[]? _text;
    private readonly int _start;
    private readonly byte[][]? _chunks;
    private readonly int _length;
    private (int Line, int Column)[]? _checkpoints;

    private TextPositions(byte[]? text, int start, byte[][]? chunks, int length)
    {
        _text = text;
        _start = start;
        _chunks = chunks;
        _length = length;
    }

    /// <summary>Positions in a copy of <paramref name="utf8"/>.</summary>
    public static TextPositions Copy(ReadOnlySpan<byte> utf8)
    {
        var chunks = new byte[(utf8.Length + ChunkSize - 1) >> ChunkShift][];
        for (var i = 0; i < chunks.Length; i++)
            chunks[i] = utf8.Slice(i << ChunkShift, Math.Min(ChunkSize, utf8.Length - (i << ChunkShift))).ToArray();
        return new TextPositions(null, 0, chunks, utf8.Length);
    }

    /// <summary>Positions in <paramref name="length"/> bytes of <paramref name="text"/> from <paramref name="start"/>, kept as they are (no copy).</summary>
    public static TextPositions Over(byte[] text, int start, int length) => new(text, start, null, length);

    /// <summary>The line and column of byte <paramref name="offset"/> (clamped to the text).</summary>
    public (int Line, int Column) At(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _length));
        var checkpoints = _checkpoints ??= BuildCheckpoints();
        var block = offset >> BlockShift;
        var (line, column) = checkpoints[block];
        Advance(block << BlockShift, offset, ref line, ref column);
        return (line, column);
    }

    private (int Line, int Column)[] BuildCheckpoints()
    {
        var checkpoints = new (int, int)[(_length >> BlockShift) + 1];
        int line = 1, column = 1;
        for (var block = 0; block < checkpoints.Length; block++)
        {
            checkpoints[block] = (line, column);
            var start = block << BlockShift;
            Advance(start, Math.Min(_length, start + BlockSize), ref line, ref column);
        }
        return checkpoints;
    }

    /// <summary>Moves a position from byte <paramref name="from"/> to byte <paramref name="to"/>.</summary>
    private void Advance(int from, int to, ref int line, ref int column)
    {
        for (var i = from; i < to; i++)
        {
            var b = _text is not null ? _text[_start + i] : _chunks![i >> ChunkShift][i & (ChunkSize - 1)];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A lead or ASCII byte starts a character; a four-byte one is a surrogate pair in UTF-16.
                column += b >= 0xF0 ? 2 : 1;
            }
        }
    }
}
