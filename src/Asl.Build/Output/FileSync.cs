using System.IO;
using System.Linq;
using System.Text;

namespace Asl.Build.Output;

/// <summary>Writes a file only when its content differs, so unchanged artifacts keep their timestamps.</summary>
internal static class FileSync
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>True when the file was (re)written; false when it already held exactly this content.</summary>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Utf8.GetBytes(content);
        var existing = new FileInfo(path);
        if (existing.Exists && existing.Length == bytes.Length && File.ReadAllBytes(path).SequenceEqual(bytes)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target and move into place, so a reader never sees half a file.
        var temporary = path + ".tmp-" + System.Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (File.Exists(path)) File.Replace(temporary, path, destinationBackupFileName: null);
            else File.Move(temporary, path);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return true;
    }
}
