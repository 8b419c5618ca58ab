using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Asl.Build.Template;

/// <summary>
/// The <c>.asl.json</c> file name of each machine: its name with the characters that no file system takes
/// replaced by '_', the same on every operating system so artifacts do not differ between machines.
/// </summary>
internal sealed class FileNames
{
    public const string Extension = ".asl.json";
    private readonly HashSet<string> _taken = new(System.StringComparer.OrdinalIgnoreCase);

    public string Allocate(string machineName)
    {
        var name = new StringBuilder();
        foreach (var c in machineName)
            name.Append(c < ' ' || c == '\u007F' || "<>:\"/\\|?*".IndexOf(c) >= 0 ? '_' : c);
        if (name.Length == 0 || name[0] == '.' || name[0] == ' ') name.Insert(0, '_');
        var stem = name.ToString().TrimEnd(' ');
        var candidate = stem;
        for (var n = 2; !_taken.Add(candidate); n++) candidate = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
        return candidate + Extension;
    }
}
