using System.Text.Json;
using Asl.Deployment;
using Asl.Model;

namespace Asl.Cli.Commands;

/// <summary>
/// The <c>${Name}</c> placeholders of <c>asl run</c>'s definition and their values, from <c>--substitutions FILE.json</c>
/// (a JSON object of names and values) and <c>--substitution Name=Value</c> (repeatable; it wins over the file), filled
/// as CloudFormation's DefinitionSubstitutions fills them.
/// </summary>
internal static class Substitutions
{
    /// <summary>The placeholder names of a definition, sorted (the ones the build's template and the generator see).</summary>
    public static IReadOnlyList<string> In(StateMachine definition) => DefinitionPlaceholder.Of(definition).Select(p => p.Name).ToList();

    /// <summary>Reads the values; false with a message for the command-line user when a file or an option is unusable.</summary>
    public static bool TryRead(string? file, IReadOnlyList<string> options, out Dictionary<string, string> values, out string? problem)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = null;
        if (file is not null && !TryReadFile(file, values, out problem)) return false;
        foreach (var option in options)
        {
            var equals = option.IndexOf('=');
            if (equals <= 0)
            {
                problem = $"--substitution '{option}' is not NAME=VALUE; write for example --substitution OrdersTable=orders.";
                return false;
            }
            values[option[..equals]] = option[(equals + 1)..];
        }
        return true;
    }

    /// <summary>A value for a placeholder the definition lacks (a typo on the command line): the message, or null.</summary>
    public static string? Unknown(IReadOnlyList<string> placeholders, IReadOnlyDictionary<string, string> values, string definitionPath)
    {
        var unknown = values.Keys.Where(k => !placeholders.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0) return null;
        return $"'{definitionPath}' has no placeholder {string.Join(", ", unknown.Select(u => "${" + u + "}"))}" +
            (placeholders.Count == 0 ? ", nor any other." : $"; its placeholders are {string.Join(", ", placeholders.Select(p => "${" + p + "}"))}.");
    }

    /// <summary>
    /// Placeholders left without a value: the note for the user, or null. The execution still runs, as AWS would run the
    /// literal text; a task that needs the value fails.
    /// </summary>
    public static string? Unfilled(IReadOnlyList<string> placeholders, IReadOnlyDictionary<string, string> values)
    {
        var missing = placeholders.Where(p => !values.ContainsKey(p)).ToList();
        if (missing.Count == 0) return null;
        return $"the definition has {(missing.Count == 1 ? "a placeholder" : "placeholders")} without a value, left as written: {string.Join(", ", missing.Select(m => "${" + m + "}"))}. " +
            $"Give {(missing.Count == 1 ? "it" : "each")} with --substitution {missing[0]}=VALUE, or list them in a JSON file for --substitutions FILE.json.";
    }

    private static bool TryReadFile(string file, Dictionary<string, string> values, out string? problem)
    {
        problem = null;
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = e is FileNotFoundException or DirectoryNotFoundException
                ? $"the substitutions file '{file}' does not exist."
                : $"the substitutions file '{file}' cannot be read: {e.Message}";
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = $"the substitutions file '{file}' must hold one JSON object of names and values, for example {{\"OrdersTable\": \"orders\"}}.";
                return false;
            }
            foreach (var member in document.RootElement.EnumerateObject())
            {
                if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
                {
                    problem = $"in the substitutions file '{file}', the value of '{member.Name}' must be a string, a number or a boolean.";
                    return false;
                }
                values[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
            }
            return true;
        }
        catch (JsonException e)
        {
            problem = $"the substitutions file '{file}' is not valid JSON: {e.Message}";
            return false;
        }
    }
}
