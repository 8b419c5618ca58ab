namespace Asl.Local.Execution;

/// <summary>AWS's rules for state machine and execution names.</summary>
internal static class Names
{
    private const string Forbidden = "<>{}[]?*\"#%\\^|~`$&,;:/";

    public static void CheckName(string? name, string what)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 80)
            throw new InvalidNameException($"Invalid Name: '{name}'. A {what} name has 1 to 80 characters.");
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || Forbidden.Contains(c))
                throw new InvalidNameException($"Invalid Name: '{name}'. A {what} name must not contain white space, control characters or any of {Forbidden}.");
        }
    }
}
