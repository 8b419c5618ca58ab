using System.Globalization;
using System.Text;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// C06–C08: state names.
internal sealed partial class StructureRules
{
    private const int MaxStateNameLength = 80;

    /// <summary>C06: unique across the machine; reported on every declaration after the first.</summary>
    private static void CheckUniqueNames(ValidationContext context, StructureIndex index)
    {
        foreach (var state in context.States)
        {
            var first = index.FirstByName[state.Name];
            if (!ReferenceEquals(first, state))
                context.Report(AslRules.DuplicateStateName, state.Pointer, Printable(state.Name), first.Pointer);
        }
    }

    /// <summary>C07 and C08: length in code points, and no control characters.</summary>
    private static void CheckName(ValidationContext context, StateSite state)
    {
        var name = state.Name;
        var length = CodePointCount(name);
        if (length == 0)
            context.Report(AslRules.InvalidStateNameLength, state.Pointer, name, length, "Give the state a name.");
        else if (length > MaxStateNameLength)
            context.Report(AslRules.InvalidStateNameLength, state.Pointer, Printable(name), length, "Shorten it.");

        foreach (var c in name)
            if (IsControl(c))
            {
                context.Report(AslRules.StateNameControlCharacter, state.Pointer, Printable(name), (int)c);
                break;
            }
    }

    /// <summary>Unicode characters, not UTF-16 units: a surrogate pair counts once.</summary>
    internal static int CodePointCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            count++;
        }
        return count;
    }

    /// <summary>C0 controls, DEL and C1 controls.</summary>
    private static bool IsControl(char c) => c <= '\u001F' || (c >= '\u007F' && c <= '\u009F');

    /// <summary>The text with control characters written as \uXXXX, so that messages stay on one line.</summary>
    internal static string Printable(string text)
    {
        var clean = true;
        foreach (var c in text)
            if (IsControl(c)) { clean = false; break; }
        if (clean) return text;

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
