namespace Asl.Dsl.Tests.Reading;

/// <summary>The test data files, copied next to the test assembly by the project.</summary>
internal static class TestData
{
    public static string PathOf(string relativePath) => Path.Combine(AppContext.BaseDirectory, "TestData", relativePath);

    public static string Text(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
