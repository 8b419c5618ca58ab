using System.Text.Json;
using Asl.Local;

namespace Asl.Cli.Commands;

/// <summary>
/// A mock configuration file (AWS Step Functions Local's MockConfigFile format) given with <c>--mock-config</c>,
/// and the test cases it defines, by state machine.
/// </summary>
internal sealed record MockConfigFile(MockConfig Config, IReadOnlyList<(string Machine, string TestCase)> TestCases)
{
    /// <summary>Reads and checks the file; false with a message that says what is wrong.</summary>
    public static bool TryLoad(string path, out MockConfigFile? file, out string? problem)
    {
        file = null;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            problem = e is FileNotFoundException or DirectoryNotFoundException
                ? $"The mock configuration '{path}' does not exist."
                : $"The mock configuration '{path}' cannot be read: {e.Message}";
            return false;
        }

        try
        {
            file = new MockConfigFile(MockConfig.Parse(text), ListTestCases(text));
            problem = null;
            return true;
        }
        catch (FormatException e)
        {
            problem = $"The mock configuration '{path}' is not usable: {e.Message}";
            return false;
        }
    }

    /// <summary>Every (state machine, test case) pair, in file order. The text already passed <see cref="MockConfig.Parse"/>.</summary>
    private static List<(string, string)> ListTestCases(string text)
    {
        var cases = new List<(string, string)>();
        using var document = JsonDocument.Parse(text);
        if (!document.RootElement.TryGetProperty("StateMachines", out var machines)) return cases;
        foreach (var machine in machines.EnumerateObject())
        {
            foreach (var testCase in machine.Value.GetProperty("TestCases").EnumerateObject())
                cases.Add((machine.Name, testCase.Name));
        }
        return cases;
    }
}
