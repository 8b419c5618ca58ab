using System.Globalization;

namespace Asl.Validation;

/// <summary>
/// I03: variable names are Unicode identifiers (UAX #31): an ID_Start character, then ID_Continue characters, 1 to 80
/// characters in all. The properties are derived from the general categories plus the short Other_ID_Start and
/// Other_ID_Continue lists, minus the Pattern_Syntax character among the letters.
/// </summary>
internal static class VariableNames
{
    public const int MaxLength = 80;

    /// <summary>Why <paramref name="name"/> is not a valid variable name, or null when it is one.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0) return "it is empty";
        var count = 0;
        for (var index = 0; index < name.Length; count++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(name, index);
            var isPair = char.IsHighSurrogate(name[index]) && index + 1 < name.Length && char.IsLowSurrogate(name[index + 1]);
            var codePoint = isPair ? char.ConvertToUtf32(name[index], name[index + 1]) : name[index];
            var allowed = count == 0 ? IsIdStart(codePoint, category) : IsIdContinue(codePoint, category);
            if (!allowed)
                return count == 0 ? $"it starts with {Show(codePoint)}, which cannot begin a name" : $"it contains {Show(codePoint)}";
            index += isPair ? 2 : 1;
        }
        return count > MaxLength ? $"it is {count} characters long" : null;
    }

    private static bool IsIdStart(int codePoint, UnicodeCategory category)
    {
        if (codePoint == 0x2E2F) return false; // VERTICAL TILDE: a modifier letter that is Pattern_Syntax.
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                   or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
               || codePoint is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;
    }

    private static bool IsIdContinue(int codePoint, UnicodeCategory category) =>
        IsIdStart(codePoint, category)
        || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation
        || codePoint is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x200C or 0x200D or 0x30FB or 0xFF65;

    private static string Show(int codePoint)
    {
        var hex = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        if (codePoint == ' ') return "a space (" + hex + ")";
        if (codePoint < 0x20 || codePoint is >= 0x7F and <= 0x9F || codePoint is >= 0xD800 and <= 0xDFFF) return hex;
        return "'" + char.ConvertFromUtf32(codePoint) + "' (" + hex + ")";
    }
}
