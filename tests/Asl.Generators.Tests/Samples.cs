using System.Runtime.CompilerServices;

namespace Asl.Generators.Tests;

/// <summary>The sample's workflow sources, read from samples/NestedWorkflow so the tests compile the real files.</summary>
internal static class Samples
{
    private static string Read(string file, [CallerFilePath] string caller = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(caller)!, "..", "..", "samples", "NestedWorkflow", "Workflows", file));

    public static string NestedInput { get; } = Read("NestedInput.cs");

    public static string NestedWorkflow { get; } = Read("NestedWorkflow.cs");

    public static string MainWorkflow { get; } = Read("MainWorkflow.cs");

    /// <summary>The three sample files, nested workflow first (Workflow0.cs), then main (Workflow1.cs), then the input record (Workflow2.cs).</summary>
    public static string[] All => [NestedWorkflow, MainWorkflow, NestedInput];

    public const string Unrelated = """
        namespace Sample;

        public static class Helpers
        {
            public static int Twice(int x) => x * 2;
        }
        """;
}
