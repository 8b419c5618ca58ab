using System.CommandLine.Parsing;

namespace Asl.Cli.Validate;

/// <summary>
/// Enum options parse case-insensitively (so both <c>--type EXPRESS</c> and <c>--type express</c> work), but
/// the parser also accepts numbers such as <c>--format 7</c>; this rejects every value that is not a name.
/// </summary>
internal static class EnumValidation
{
    public static void RejectUndefined(OptionResult result)
    {
        var names = Enum.GetNames(result.Option.ValueType);
        foreach (var token in result.Tokens)
        {
            if (!names.Contains(token.Value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"'{token.Value}' is not a valid value for {result.Option.Name}; use one of: {string.Join(", ", names.Select(n => n.ToLowerInvariant()))}.");
            }
        }
    }
}
