namespace Asl.Local.Execution;

/// <summary>AWS's rules for state machine and execution names.</summary>
internal static class Names
{
    private const string Forbidden = "<>{}[]?*\"#%\\^|~`$&,;:/";

    public static void CheckName(string? name, string what)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 80)
            throw new InvalidNameException($"Invalid Name: '{Printable(name ?? "")}'. A {what} name has 1 to 80 characters.");
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || Forbidden.Contains(c))
                throw new InvalidNameException($"Invalid Name: '{Printable(name)}'. A {what} name must not contain white space, control characters or any of {Forbidden}.");
            // AWS also excludes U+FFFE, U+FFFF and surrogates that are not a pair (code points that are not characters).
            var paired = char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]);
            if (c is '\uFFFE' or '\uFFFF' || (char.IsSurrogate(c) && !paired))
                throw new InvalidNameException($"Invalid Name: '{Printable(name)}'. A {what} name must not contain U+FFFE, U+FFFF or half of a surrogate pair.");
            if (paired) i++;
        }
    }

    /// <summary>The name with each character that is not one written as an escape, so a message about it can be sent.</summary>
    private static string Printable(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 12);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])) text.Append(c).Append(name[++i]);
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        return text.ToString();
    }
}
