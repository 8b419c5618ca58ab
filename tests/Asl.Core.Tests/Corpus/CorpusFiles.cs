namespace Asl.Core.Tests.Corpus;

/// <summary>
/// Locates the definition corpus. The files are used from the test output folder when the project copies
/// them there, and otherwise from the source tree, so the tests work either way.
/// </summary>
internal static class CorpusFiles
{
    public const string ValidFolder = "valid";
    public const string InvalidFolder = "invalid";
    public const string Extension = ".asl.json";

    public static string Root { get; } = Locate();

    public static IReadOnlyList<string> ValidNames { get; } = Names(ValidFolder);

    public static IReadOnlyList<string> InvalidNames { get; } = Names(InvalidFolder);

    public static string PathOf(string folder, string name) => Path.Combine(Root, folder, name);

    public static string ReadValid(string name) => File.ReadAllText(PathOf(ValidFolder, name));

    public static string ReadInvalid(string name) => File.ReadAllText(PathOf(InvalidFolder, name));

    public static TheoryData<string> AsTheoryData(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names) data.Add(name);
        return data;
    }

    private static IReadOnlyList<string> Names(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*" + Extension)
            .Select(Path.GetFileName)
            .OfType<string>()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

    private static string Locate()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Corpus");
        if (Directory.Exists(Path.Combine(copied, ValidFolder))) return copied;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Asl.Core.Tests", "Corpus");
            if (Directory.Exists(Path.Combine(candidate, ValidFolder))) return candidate;
        }
        throw new DirectoryNotFoundException("The definition corpus (tests/Asl.Core.Tests/Corpus) was not found above " + AppContext.BaseDirectory);
    }
}
