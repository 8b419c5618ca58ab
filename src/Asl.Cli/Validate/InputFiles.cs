namespace Asl.Cli.Validate;

/// <summary>One file to check: the path to open, and the path to print (as the user wrote it, or below the directory they named).</summary>
internal sealed record InputFile(string DisplayPath, string FullPath, InputKind Kind)
{
    /// <summary>Why the argument could not be resolved, for <see cref="InputKind.Unreadable"/>.</summary>
    public string? Problem { get; init; }
}

/// <summary>What an argument turned out to be.</summary>
internal enum InputKind
{
    File,
    Missing,
    /// <summary>A directory argument in which no definition file was found.</summary>
    EmptyDirectory,
    /// <summary>The path is malformed, or the directory cannot be listed.</summary>
    Unreadable,
}

/// <summary>Turns the command's arguments into the ordered list of files to check.</summary>
internal static class InputFiles
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        // Hidden entries (".git", ".vs", dot-files) and system entries are skipped: they never hold definitions.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchType = MatchType.Simple,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>Build and package output, full of JSON that is not ASL (deps.json, project.assets.json, package.json).</summary>
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    /// <summary>
    /// Files in argument order. A directory contributes every <c>*.json</c> file below it (which includes
    /// <c>*.asl.json</c>), sorted by ordinal path so the order never depends on the file system; hidden
    /// entries, symbolic links to directories and bin/obj/node_modules directories are skipped.
    /// A file reached twice is checked once, at its first position.
    /// </summary>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> arguments)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            try
            {
                AddArgument(argument, files, seen);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
            {
                files.Add(new InputFile(argument, argument, InputKind.Unreadable) { Problem = exception.Message });
            }
        }

        return files;
    }

    private static void AddArgument(string argument, List<InputFile> files, HashSet<string> seen)
    {
        var fullPath = Path.GetFullPath(argument);
        if (Directory.Exists(fullPath))
        {
            var found = new List<string>();
            CollectJsonFiles(fullPath, found);
            found = found.Select(path => Path.GetRelativePath(fullPath, path)).Order(StringComparer.Ordinal).ToList();
            if (found.Count == 0) files.Add(new InputFile(argument, fullPath, InputKind.EmptyDirectory));
            foreach (var relative in found)
            {
                var file = Path.Combine(fullPath, relative);
                if (seen.Add(file)) files.Add(new InputFile(Path.Combine(argument, relative), file, InputKind.File));
            }
        }
        else if (seen.Add(fullPath))
        {
            files.Add(new InputFile(argument, fullPath, File.Exists(fullPath) ? InputKind.File : InputKind.Missing));
        }
    }

    private static void CollectJsonFiles(string directory, List<string> found)
    {
        found.AddRange(Directory.EnumerateFiles(directory, "*.json", OneLevel));
        foreach (var child in Directory.EnumerateDirectories(directory, "*", OneLevel))
        {
            // A link may point back up the tree; following none keeps the walk finite.
            if (SkippedDirectories.Contains(Path.GetFileName(child)) || new DirectoryInfo(child).LinkTarget is not null) continue;
            CollectJsonFiles(child, found);
        }
    }
}
