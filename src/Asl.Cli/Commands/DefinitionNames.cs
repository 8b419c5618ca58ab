using System.Text;

namespace Asl.Cli.Commands;

/// <summary>State machine names for definition files.</summary>
internal static class DefinitionNames
{
    /// <summary>The file name without .asl.json/.json, with characters AWS forbids in names replaced by '-'.</summary>
    public static string MachineNameFor(string path)
    {
        var fileName = Path.GetFileName(path);
        foreach (var suffix in new[] { ".asl.json", ".json" })
        {
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                fileName = fileName[..^suffix.Length];
                break;
            }
        }
        var name = new StringBuilder();
        foreach (var c in fileName)
            name.Append(char.IsWhiteSpace(c) || char.IsControl(c) || "<>{}[]?*\"#%\\^|~`$&,;:/".Contains(c) ? '-' : c);
        return name.Length == 0 ? "StateMachine" : name.ToString(0, Math.Min(name.Length, 80));
    }
}
