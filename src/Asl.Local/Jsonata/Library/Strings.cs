using System.Text;
using static Asl.Local.Jsonata.Library.BuiltIns;

namespace Asl.Local.Jsonata.Library;

/// <summary>JSONata's string functions. Lengths and positions count Unicode code points, as JSONata's do.</summary>
internal static class Strings
{
    public static object? String(Evaluation ev, object?[] a, CallSite site)
    {
        var value = Arg(a, 0);
        if (value is null) return null;
        var text = Evaluation.StringOf(value, Arg(a, 1) is true);
        ev.CheckSize(text.Length);
        return text;
    }

    public static object? Substring(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var points = CodePoints.Of(text);
        var length = points.Count;
        var start = Arg(a, 1) as double? ?? double.NaN;
        if (length + start < 0) start = 0;
        if (Arg(a, 2) is double count)
        {
            if (count <= 0) return "";
            var end = start >= 0 ? start + count : length + start + count;
            return CodePoints.Slice(text, points, start, end);
        }
        return CodePoints.Slice(text, points, start, length);
    }

    public static object? SubstringBefore(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        // An undefined marker is searched as the text "undefined", as JavaScript's indexOf does.
        var at = text.IndexOf(Arg(a, 1) as string ?? "undefined", StringComparison.Ordinal);
        return at > -1 ? text.Substring(0, at) : text;
    }

    public static object? SubstringAfter(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var chars = Arg(a, 1) as string ?? "undefined";
        var at = text.IndexOf(chars, StringComparison.Ordinal);
        return at > -1 ? text.Substring(at + chars.Length) : text;
    }

    public static object? Lowercase(Evaluation ev, object?[] a, CallSite site) => (Arg(a, 0) as string)?.ToLowerInvariant();

    public static object? Uppercase(Evaluation ev, object?[] a, CallSite site) => (Arg(a, 0) as string)?.ToUpperInvariant();

    public static object? Length(Evaluation ev, object?[] a, CallSite site) =>
        Arg(a, 0) is string text ? Box.Number(CodePoints.Count(text)) : null;

    /// <summary>Runs of spaces, tabs and line breaks become one space; one space at each end goes.</summary>
    public static object? Trim(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var result = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (!inSpace) result.Append(' ');
                inSpace = true;
            }
            else
            {
                result.Append(c);
                inSpace = false;
            }
        }
        if (result.Length > 0 && result[0] == ' ') result.Remove(0, 1);
        if (result.Length > 0 && result[^1] == ' ') result.Length--;
        return result.ToString();
    }

    public static object? Pad(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        if (Arg(a, 1) is not double width) return text; // Math.abs(undefined) is NaN: nothing to pad
        var character = Arg(a, 2) as string;
        if (string.IsNullOrEmpty(character)) character = " ";
        var padLength = Math.Floor(Math.Abs(width)) - CodePoints.Count(text);
        if (padLength <= 0) return text;
        ev.CheckSize((long)(padLength * character.Length) + text.Length);
        var padding = new StringBuilder((int)padLength * character.Length);
        for (var i = 0; i < padLength; i++) padding.Append(character);
        var pad = padding.ToString();
        if (character.Length > 1) pad = CodePoints.Slice(pad, CodePoints.Of(pad), 0, padLength);
        return width > 0 ? text + pad : pad + text;
    }

    /// <summary>Calls a matcher (a regex, or a function that behaves as one) and checks what it gives.</summary>
    private static JObject? Matcher(Evaluation ev, object? matcher, object? text, CallSite site)
    {
        if (matcher is null) throw new JsonAtaError("TypeError") { CustomMessage = $"Argument 2 of function ${site.Name} is undefined" };
        var result = ev.Apply(matcher, new[] { text }, null, site.Environment);
        if (result is null) return null;
        if (result is not JObject match
            || !(match.Get("start") is double || match.Get("groups") is JArray || match.Get("next") is JFunction))
            throw new JsonAtaError("T1010") { Token = site.Name };
        return match;
    }

    private static JObject? NextMatch(Evaluation ev, JObject match, CallSite site) =>
        Matcher(ev, match.Get("next"), null, site);

    public static object? Match(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var limit = Arg(a, 2) as double?;
        if (limit < 0) throw new JsonAtaError("D3040") { Value = limit, Index = 3 };
        var result = JArray.Sequence();
        if (limit is null || limit > 0)
        {
            var count = 0;
            var match = Matcher(ev, Arg(a, 1), text, site);
            while (match is not null && (limit is null || count < limit))
            {
                var item = new JObject(3);
                item.Set("match", match.Get("match"));
                item.Set("index", match.Get("start"));
                item.Set("groups", match.Get("groups"));
                result.Add(item);
                match = NextMatch(ev, match, site);
                count++;
            }
        }
        return result;
    }

    public static object? Contains(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var token = Arg(a, 1);
        if (token is string part) return Box.Bool(text.Contains(part, StringComparison.Ordinal));
        return Box.Bool(Matcher(ev, token, text, site) is not null);
    }

    public static object? Replace(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var pattern = Arg(a, 1);
        var replacement = Arg(a, 2);
        if (pattern is "") throw new JsonAtaError("D3010") { Value = pattern, Index = 2 };
        var limit = Arg(a, 3) as double?;
        if (limit < 0) throw new JsonAtaError("D3011") { Value = limit, Index = 4 };
        if (limit is not (null or > 0)) return text;

        var result = new StringBuilder();
        var position = 0;
        var count = 0;
        if (pattern is string literal)
        {
            var with = replacement is string s ? s : JsonAtaJson.Text(replacement);
            var index = text.IndexOf(literal, position, StringComparison.Ordinal);
            while (index != -1 && (limit is null || count < limit))
            {
                result.Append(text, position, index - position).Append(with);
                position = index + literal.Length;
                count++;
                index = text.IndexOf(literal, position, StringComparison.Ordinal);
                ev.CheckSize(result.Length);
            }
            return result.Append(text, position, text.Length - position).ToString();
        }

        var match = Matcher(ev, pattern, text, site);
        if (match is null) return text;
        while (match is not null && (limit is null || count < limit))
        {
            var start = (int)(double)match.Get("start")!;
            result.Append(text, position, Math.Max(0, start - position));
            var substitute = replacement is string template
                ? Substitute(template, match)
                : ev.Apply(replacement, new object?[] { match }, null, site.Environment);
            if (substitute is not string replaced) throw new JsonAtaError("D3012") { Value = substitute };
            result.Append(replaced);
            ev.CheckSize(result.Length);
            position = (int)(double)match.Get("end")!;
            count++;
            match = NextMatch(ev, match, site);
        }
        if (position < text.Length) result.Append(text, position, text.Length - position);
        return result.ToString();
    }

    /// <summary>
    /// A replacement string with <c>$0</c> (the match), <c>$n</c> (group n, as many digits as there are groups)
    /// and <c>$$</c> (a dollar sign) filled in; any other <c>$</c> stays as it is.
    /// </summary>
    private static string Substitute(string replacement, JObject match)
    {
        var groups = match.Get("groups") as JArray ?? new JArray();
        var result = new StringBuilder(replacement.Length + 16);
        var position = 0;
        var index = replacement.IndexOf('$', position);
        while (index != -1 && position < replacement.Length)
        {
            result.Append(replacement, position, index - position);
            position = index + 1;
            var next = position < replacement.Length ? replacement[position] : '\0';
            if (next == '$')
            {
                result.Append('$');
                position++;
            }
            else if (next == '0')
            {
                result.Append(match.Get("match") as string);
                position++;
            }
            else
            {
                var maxDigits = groups.Count == 0 ? 1 : (int)Math.Floor(Math.Log10(groups.Count)) + 1;
                var group = LeadingInteger(replacement, position, maxDigits);
                if (maxDigits > 1 && group > groups.Count) group = LeadingInteger(replacement, position, maxDigits - 1);
                if (group is { } number)
                {
                    if (groups.Count > 0 && number - 1 >= 0 && number - 1 < groups.Count && groups[number - 1] is string submatch)
                        result.Append(submatch);
                    position += number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
                }
                else
                {
                    result.Append('$');
                }
            }
            index = replacement.IndexOf('$', position);
        }
        return result.Append(replacement, position, replacement.Length - position).ToString();
    }

    /// <summary>JavaScript's parseInt of up to <paramref name="digits"/> characters from <paramref name="start"/>.</summary>
    private static int? LeadingInteger(string text, int start, int digits)
    {
        var end = Math.Min(text.Length, start + digits);
        var value = 0;
        var any = false;
        for (var i = start; i < end && text[i] is >= '0' and <= '9'; i++)
        {
            value = value * 10 + (text[i] - '0');
            any = true;
        }
        return any ? value : null;
    }

    public static object? Split(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var separator = Arg(a, 1);
        var limit = Arg(a, 2) as double?;
        if (limit < 0) throw new JsonAtaError("D3020") { Value = limit, Index = 3 };
        var result = new JArray();
        if (limit is not (null or > 0)) return result;
        var max = limit is { } l ? (long)Math.Min(l, uint.MaxValue) : long.MaxValue;

        if (separator is string literal)
        {
            if (literal.Length == 0)
            {
                for (var i = 0; i < text.Length && result.Count < max; i++) result.Add(text[i].ToString());
                return result;
            }
            var position = 0;
            while (result.Count < max)
            {
                var at = text.IndexOf(literal, position, StringComparison.Ordinal);
                if (at < 0)
                {
                    result.Add(text.Substring(position));
                    break;
                }
                result.Add(text.Substring(position, at - position));
                position = at + literal.Length;
            }
            return result;
        }

        var count = 0;
        var match = Matcher(ev, separator, text, site);
        if (match is null)
        {
            result.Add(text);
            return result;
        }
        var start = 0;
        while (match is not null && (limit is null || count < limit))
        {
            var matchStart = (int)(double)match.Get("start")!;
            result.Add(matchStart >= start ? text.Substring(start, matchStart - start) : "");
            start = (int)(double)match.Get("end")!;
            match = NextMatch(ev, match, site);
            count++;
        }
        if (limit is null || count < limit) result.Add(start <= text.Length ? text.Substring(start) : "");
        return result;
    }

    public static object? Join(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray items) return null;
        var separator = Arg(a, 1) as string ?? "";
        var result = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) result.Append(separator);
            result.Append(items[i] as string);
            ev.CheckSize(result.Length);
        }
        return result.ToString();
    }
}

/// <summary>Strings as sequences of Unicode code points (a lone surrogate counts as one), as JavaScript's for-of reads them.</summary>
internal static class CodePoints
{
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            count++;
        }
        return count;
    }

    /// <summary>The offset in <paramref name="text"/> where each code point starts.</summary>
    public static List<int> Of(string text)
    {
        var starts = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            starts.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        return starts;
    }

    /// <summary>JavaScript's Array.prototype.slice over the code points, joined back into a string.</summary>
    public static string Slice(string text, List<int> starts, double from, double to)
    {
        var length = starts.Count;
        var begin = Clamp(from, length);
        var end = Clamp(to, length);
        if (end <= begin) return "";
        var offset = starts[begin];
        var stop = end < length ? starts[end] : text.Length;
        return text.Substring(offset, stop - offset);
    }

    private static int Clamp(double index, int length)
    {
        if (double.IsNaN(index)) return 0;
        var whole = Math.Truncate(index);
        if (whole < 0) whole = Math.Max(0, length + whole);
        return (int)Math.Min(whole, length);
    }
}
