using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Asl.JsonAta;

/// <summary>
/// JSONata's regular expressions are JavaScript's (without the u, s and y flags). This turns one into a .NET
/// pattern that matches the same text: <c>.</c> does not match any JavaScript line terminator, <c>$</c> and <c>^</c>
/// anchor as JavaScript's do (at line terminators only with the m flag), <c>\d</c>, <c>\w</c>, <c>\s</c> and
/// <c>\b</c> use JavaScript's character sets, and <c>[^]</c>, <c>[]</c> and a <c>[</c> inside a class mean what they
/// mean in JavaScript.
/// </summary>
public static class JsonAtaRegexes
{
    private const string Terminators = @"\n\r\u2028\u2029";
    private const string Space = @"\t\n\u000B\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
    private const string Word = "a-zA-Z0-9_";
    private const string WordBoundary = "(?:(?<=[" + Word + "])(?![" + Word + "])|(?<![" + Word + "])(?=[" + Word + "]))";
    private const string NotWordBoundary = "(?:(?<=[" + Word + "])(?=[" + Word + "])|(?<![" + Word + "])(?![" + Word + "]))";

    /// <summary>How long one match may run before it is abandoned (a guard against patterns that backtrack forever).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The .NET regex for a JSONata regex literal <c>/pattern/flags</c>; throws <see cref="ArgumentException"/> when the pattern is invalid.</summary>
    public static Regex Create(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant;
        if (flags.IndexOf('i') >= 0) options |= RegexOptions.IgnoreCase;
        return new Regex(Translate(pattern, flags.IndexOf('m') >= 0), options, MatchTimeout);
    }

    /// <summary>Null when the pattern is valid; otherwise what is wrong with it.</summary>
    public static string? Check(string pattern, string flags)
    {
        try
        {
            Create(pattern, flags);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>The .NET pattern for JavaScript pattern <paramref name="pattern"/>.</summary>
    public static string Translate(string pattern, bool multiline)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var groups = CapturingGroups(pattern);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                if (!inClass && next is >= '1' and <= '9')
                {
                    result.Append(Backreference(pattern, ref i, groups));
                    continue;
                }
                if (!inClass && next is 'b' or 'B') NothingToRepeat(pattern, i + 1);
                result.Append(Escape(next, inClass, pattern, ref i));
                continue;
            }
            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                    result.Append(']');
                }
                else if (c == '[')
                {
                    result.Append(@"\[");
                }
                else
                {
                    result.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '[':
                    if (Match(pattern, i, "[^]"))
                    {
                        result.Append(@"[\s\S]");
                        i += 2;
                    }
                    else if (Match(pattern, i, "[]"))
                    {
                        result.Append("(?!)");
                        i += 1;
                    }
                    else
                    {
                        inClass = true;
                        result.Append('[');
                        // A ] right after [ or [^ is a literal in .NET but closes an empty class in JavaScript (handled above).
                        if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                        {
                            result.Append('^');
                            i++;
                        }
                    }
                    break;
                case '.':
                    result.Append("[^").Append(Terminators).Append(']');
                    break;
                case '$':
                    NothingToRepeat(pattern, i + 1);
                    result.Append(multiline ? "(?=[" + Terminators + @"]|\z)" : @"\z");
                    break;
                case '^':
                    NothingToRepeat(pattern, i + 1);
                    result.Append(multiline ? @"(?<=\A|[" + Terminators + "])" : @"\A");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>JavaScript refuses a quantifier after an anchor (.NET accepts it).</summary>
    private static void NothingToRepeat(string pattern, int at)
    {
        if (at >= pattern.Length) return;
        var quantified = pattern[at] is '*' or '+' or '?'
            || pattern[at] == '{' && Regex.IsMatch(pattern.Substring(at), @"^\{\d+(,\d*)?\}");
        if (quantified) throw new ArgumentException($"Nothing to repeat at offset {at}.");
    }

    /// <summary>How many capturing groups the pattern has (named ones included).</summary>
    private static int CapturingGroups(string pattern)
    {
        var count = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\') i++;
            else if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(' && (i + 1 >= pattern.Length || pattern[i + 1] != '?' || Match(pattern, i, "(?<") && i + 3 < pattern.Length && pattern[i + 3] is not ('=' or '!')))
                count++;
        }
        return count;
    }

    /// <summary>
    /// <c>\N</c>: a backreference when the pattern has N groups; otherwise (JavaScript without the u flag) an octal
    /// escape, or the digit itself for 8 and 9.
    /// </summary>
    private static string Backreference(string pattern, ref int i, int groups)
    {
        var start = i;
        var end = i;
        while (end < pattern.Length && pattern[end] is >= '0' and <= '9') end++;
        var number = int.TryParse(pattern.Substring(start, end - start), out var n) ? n : int.MaxValue;
        if (number <= groups)
        {
            i = end - 1;
            return @"\" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + (end < pattern.Length && pattern[end] is >= '0' and <= '9' ? "(?:)" : "");
        }
        if (pattern[start] is '8' or '9') return pattern[start].ToString();
        var octal = 0;
        var digits = 0;
        while (digits < 3 && start + digits < pattern.Length && pattern[start + digits] is >= '0' and <= '7' && octal * 8 + (pattern[start + digits] - '0') <= 255)
        {
            octal = octal * 8 + (pattern[start + digits] - '0');
            digits++;
        }
        i = start + digits - 1;
        return @"\x" + octal.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Match(string text, int at, string expected) =>
        at + expected.Length <= text.Length && string.CompareOrdinal(text, at, expected, 0, expected.Length) == 0;

    private static string Escape(char next, bool inClass, string pattern, ref int i)
    {
        switch (next)
        {
            case 'd': return inClass ? "0-9" : "[0-9]";
            case 'D': return inClass ? @"\D" : "[^0-9]";
            case 'w': return inClass ? Word : "[" + Word + "]";
            case 'W': return inClass ? @"\W" : "[^" + Word + "]";
            case 's': return inClass ? Space : "[" + Space + "]";
            case 'S': return inClass ? @"\S" : "[^" + Space + "]";
            case 'b': return inClass ? @"\x08" : WordBoundary;
            case 'B': return inClass ? "B" : NotWordBoundary;
            case '/': return "/";
            case '0' when i + 1 >= pattern.Length || pattern[i + 1] is < '0' or > '9': return @"\x00";
            case 'u' when IsHex(pattern, i + 1, 4):
            {
                var hex = pattern.Substring(i + 1, 4);
                i += 4;
                return @"\u" + hex;
            }
            case 'x' when IsHex(pattern, i + 1, 2):
            {
                var hex = pattern.Substring(i + 1, 2);
                i += 2;
                return @"\x" + hex;
            }
            case 'k' when i + 1 < pattern.Length && pattern[i + 1] == '<':
                return @"\k";
            default:
                // JavaScript (without the u flag) reads an escaped letter it gives no meaning to as the letter itself.
                if (char.IsLetter(next) && "cfnrtv".IndexOf(next) < 0) return next.ToString();
                return "\\" + next;
        }
    }

    private static bool IsHex(string text, int start, int count)
    {
        if (start + count > text.Length) return false;
        for (var i = start; i < start + count; i++)
            if (!Uri.IsHexDigit(text[i])) return false;
        return true;
    }
}
