namespace Asl.Json;

/// <summary>Text that every UTF-8 writer accepts.</summary>
public static class UnicodeText
{
    /// <summary>
    /// <paramref name="text"/> with each half of a surrogate pair that stands alone replaced by U+FFFD; the same
    /// instance when there is none. Messages quote excerpts of definitions and data, and an excerpt cut between the
    /// two halves of a pair (or data a function split) would otherwise make the message impossible to send as JSON.
    /// </summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            (copy ??= text.ToCharArray())[i] = '\uFFFD';
        }
        return copy is null ? text : new string(copy);
    }
}
