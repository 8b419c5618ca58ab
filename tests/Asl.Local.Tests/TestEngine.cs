using Asl.Json;
using Asl.Local.Json;
using Asl.Model;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>Builds engines on a fixed virtual clock and runs small definitions.</summary>
internal static class TestEngine
{
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static LocalEngine Create(MockConfig? mocks = null) => new(new LocalEngineOptions
    {
        StartTime = Start,
        RandomSeed = 7,
        MockConfig = mocks,
    });

    public static StateMachine Read(string json)
    {
        var read = AslReader.Read(json);
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics.Select(d => $"{d.Code} {d.Message} at {d.Pointer}")));
        return read.Machine!;
    }

    /// <summary>Registers the definition as "Machine" and runs it to completion.</summary>
    public static async Task<ExecutionSnapshot> RunDefinitionAsync(this LocalEngine engine, string definition, string input = "{}", string machineName = "Machine")
    {
        var machine = engine.RegisterStateMachine(machineName, Read(definition));
        return await engine.RunAsync(machine.StateMachineArn, input);
    }

    /// <summary>Runs a definition on a fresh engine.</summary>
    public static async Task<ExecutionSnapshot> RunAsync(string definition, string input = "{}")
    {
        using var engine = Create();
        return await engine.RunDefinitionAsync(definition, input);
    }

    /// <summary>The output of a successful run, as compact JSON text.</summary>
    public static async Task<string> OutputOfAsync(string definition, string input = "{}")
    {
        var result = await RunAsync(definition, input);
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Status}: {result.Error}: {result.Cause}");
        return result.Output!;
    }

    /// <summary>Compact JSON text of a JSON literal written with any spacing.</summary>
    public static string Compact(string text) => JsonText.Write(JsonText.Parse(text));

    public static AslJson Value(string text) => JsonText.Parse(text);

    /// <summary>A definition with one Pass state built from the given fields.</summary>
    public static string Pass(string fields) => "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\"," + fields + ",\"End\":true}}}";
}
