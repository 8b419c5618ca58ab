using System.Collections.Generic;

namespace Asl.Generators.DefinitionFiles;

/// <summary>Paths compared as the compiler gives them: forward slashes, no "." or ".." segments.</summary>
internal static class DefinitionPaths
{
    /// <summary>Where <paramref name="path"/> points, relative to <paramref name="folder"/> unless it is rooted.</summary>
    public static string Resolve(string path, string folder)
    {
        var normalized = path.Replace('\\', '/');
        var rooted = normalized.StartsWith("/", System.StringComparison.Ordinal) || (normalized.Length > 1 && normalized[1] == ':');
        return Normalize(rooted || folder.Length == 0 ? normalized : folder.TrimEnd('/', '\\') + "/" + normalized);
    }

    public static string Normalize(string path)
    {
        var segments = new List<string>();
        var parts = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "." || (part.Length == 0 && i > 0 && i < parts.Length - 1)) continue;
            if (part == ".." && segments.Count > 0 && segments[segments.Count - 1] is not ("" or ".."))
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(part);
        }
        return string.Join("/", segments);
    }
}
