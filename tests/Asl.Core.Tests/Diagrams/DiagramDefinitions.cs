using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Diagrams;

/// <summary>The definitions the diagram tests draw: the sample's two machines and a 60-state machine of the shared corpus.</summary>
internal static class DiagramDefinitions
{
    /// <summary>The sample's main machine: a Task, then a Parallel of two branches.</summary>
    public const string SampleMain = "main-state-machine.asl.json";

    /// <summary>The sample's nested machine: Wait, Choice, Lambda Task, Wait, Pass.</summary>
    public const string SampleNested = "nested-state-machine.asl.json";

    /// <summary>Four corpus machines chained into 60 states (see Definitions/SOURCE.md).</summary>
    public const string Composed60 = "composed-60-states.asl.json";

    public static StateMachine Load(string name) => Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Diagrams", "Definitions", name)));

    public static StateMachine Read(string json)
    {
        var read = AslReader.Read(json);
        Assert.False(read.IsParseFailure, string.Join("\n", read.Diagnostics));
        return read.Machine!;
    }
}
