using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

// The JSON reader (src/Asl.Dsl/Json) is compiled into the generator, which targets netstandard2.0; these give it the
// few newer framework members it calls, with the same results. They are not compiled anywhere else.

namespace Asl.Json
{
    internal static class ReaderPolyfills
    {
        public static string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());

        public static int GetCharCount(this Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetCharCount(bytes.ToArray());

        public static int IndexOfAnyExcept(this ReadOnlySpan<byte> span, ReadOnlySpan<byte> values)
        {
            for (var i = 0; i < span.Length; i++)
                if (values.IndexOf(span[i]) < 0) return i;
            return -1;
        }

        public static int Count(this ReadOnlySpan<byte> span, byte value)
        {
            var count = 0;
            foreach (var b in span)
                if (b == value) count++;
            return count;
        }

        public static bool EndsWith(this string text, char value) => text.Length > 0 && text[text.Length - 1] == value;
    }
}

namespace System.Text.Unicode
{
    internal static class Utf8
    {
        private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static bool IsValid(ReadOnlySpan<byte> utf8)
        {
            try
            {
                Strict.GetCharCount(utf8.ToArray());
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
    }
}

namespace System.Text
{
    internal readonly struct Rune
    {
        /// <summary>Whether <paramref name="utf8"/> starts with a valid UTF-8 sequence, and its length.</summary>
        public static OperationStatus DecodeFromUtf8(ReadOnlySpan<byte> utf8, out Rune result, out int bytesConsumed)
        {
            result = default;
            bytesConsumed = 0;
            if (utf8.IsEmpty) return OperationStatus.NeedMoreData;
            var first = utf8[0];
            var length = first < 0x80 ? 1 : first is >= 0xC2 and <= 0xDF ? 2 : first is >= 0xE0 and <= 0xEF ? 3 : first is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length == 0) return OperationStatus.InvalidData;
            if (utf8.Length < length) return OperationStatus.NeedMoreData;
            try
            {
                new UTF8Encoding(false, true).GetCharCount(utf8.Slice(0, length).ToArray());
            }
            catch (DecoderFallbackException)
            {
                return OperationStatus.InvalidData;
            }
            bytesConsumed = length;
            return OperationStatus.Done;
        }
    }
}

namespace System.Runtime.InteropServices
{
    internal static class CollectionsMarshal
    {
        // A copy rather than the list's own array; the reader only reads the span.
        public static Span<T> AsSpan<T>(List<T>? list) => list is null ? default : list.ToArray();
    }
}
