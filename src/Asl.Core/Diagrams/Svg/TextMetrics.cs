using System;
using System.Collections.Generic;
using System.Text;

namespace Asl.Diagrams.Svg;

/// <summary>
/// Estimates how wide text is drawn, without fonts at hand: the advance widths of DejaVu Sans / Verdana (the wide
/// sans-serif faces the SVG asks for first), so text measured here fits in narrower fallbacks too. Also wraps labels.
/// </summary>
internal static class TextMetrics
{
    // Advance widths of ' ' to '~' in thousandths of an em.
    private static readonly short[] Ascii =
    {
        318, 400, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, // space ! " # $ % & ' ( ) * + , - . /
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, // 0-9 : ; < = > ?
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, // @ A-O
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, // P-Z [ \ ] ^ _
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, // ` a-o
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,      // p-z { | } ~
    };

    /// <summary>The width of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double Width(string text, double fontSize)
    {
        double thousandths = 0;
        foreach (var c in text) thousandths += CharWidth(c);
        // A little slack for faces wider than the table and for kerning the table ignores.
        return thousandths / 1000 * fontSize * 1.03;
    }

    private static int CharWidth(char c)
    {
        if (c >= ' ' && c <= '~') return Ascii[c - ' '];
        if (char.IsLowSurrogate(c) || (c >= '\u0300' && c <= '\u036F') || c == '\u200B' || c == '\uFE0F') return 0;
        if (char.IsHighSurrogate(c)) return 1200; // emoji and other astral characters: about square, and wide
        if ((c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7AF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60'))
            return 1000;
        return 680;
    }

    /// <summary>
    /// <paramref name="text"/> in lines no wider than <paramref name="maxWidth"/>, broken at spaces (a word wider than a
    /// line is broken where it must); at most <paramref name="maxLines"/> lines, the last ending in "…" when cut.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double maxWidth, int maxLines)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate, fontSize) <= maxWidth)
                {
                    line.Clear().Append(candidate);
                    continue;
                }
                if (line.Length > 0) lines.Add(line.ToString());
                line.Clear();
                var rest = word;
                while (Width(rest, fontSize) > maxWidth)
                {
                    var fits = Fitting(rest, fontSize, maxWidth);
                    lines.Add(rest.Substring(0, fits));
                    rest = rest.Substring(fits);
                }
                line.Append(rest);
            }
            lines.Add(line.ToString());
        }
        if (lines.Count <= maxLines) return lines;
        var kept = lines.GetRange(0, maxLines);
        var last = kept[maxLines - 1];
        while (last.Length > 0 && Width(last + "…", fontSize) > maxWidth) last = last.Substring(0, last.Length - 1);
        kept[maxLines - 1] = last.TrimEnd() + "…";
        return kept;
    }

    /// <summary><paramref name="text"/> on one line no wider than <paramref name="maxWidth"/>, ending in "…" when cut.</summary>
    public static string Truncate(string text, double fontSize, double maxWidth)
    {
        if (Width(text, fontSize) <= maxWidth) return text;
        var fits = Fitting(text, fontSize, maxWidth - Width("…", fontSize));
        return text.Substring(0, fits).TrimEnd() + "…";
    }

    /// <summary>How many leading characters of <paramref name="text"/> fit (at least one, never half a surrogate pair).</summary>
    private static int Fitting(string text, double fontSize, double maxWidth)
    {
        var count = 1;
        while (count < text.Length && Width(text.Substring(0, count + 1), fontSize) <= maxWidth) count++;
        if (count < text.Length && char.IsLowSurrogate(text[count])) count = count > 1 ? count - 1 : count + 1;
        return Math.Min(count, text.Length);
    }
}
