using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Asl.Model;
using Asl.Writing;

namespace Asl.Local.Endpoint;

/// <summary>What the API reports about a state machine beyond the engine's registration: its configuration and revision.</summary>
/// <param name="LoggingConfiguration">The loggingConfiguration structure as JSON text.</param>
/// <param name="TracingConfiguration">The tracingConfiguration structure as JSON text.</param>
/// <param name="EncryptionConfiguration">The encryptionConfiguration structure as JSON text, or null.</param>
/// <param name="RevisionId">Changes with every update; null until the first update.</param>
/// <param name="UpdateDate">The last create or update (engine clock).</param>
internal sealed record MachineRecord(
    string LoggingConfiguration,
    string TracingConfiguration,
    string? EncryptionConfiguration,
    string? RevisionId,
    DateTimeOffset UpdateDate);

/// <summary>
/// The endpoint's memory of state machines: configuration per ARN, and the definition text each model was read
/// from, so DescribeStateMachine returns the text as it was sent (and DescribeStateMachineForExecution the text
/// an execution started with). A machine registered with the engine directly is described with the defaults
/// and its canonical JSON.
/// </summary>
internal sealed class MachineRecords
{
    public const string DefaultLogging = """{"level":"OFF","includeExecutionData":false}""";
    public const string DefaultTracing = """{"enabled":false}""";

    private readonly ConcurrentDictionary<string, MachineRecord> _records = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<StateMachine, DefinitionSource> _sources = new();

    /// <summary>Remembers the text a model was read from and when it became the machine's definition.</summary>
    public void Remember(StateMachine model, string definitionText, DateTimeOffset since)
        => _sources.AddOrUpdate(model, new DefinitionSource(definitionText, since));

    public void Set(string stateMachineArn, MachineRecord record) => _records[stateMachineArn] = record;

    public void Remove(string stateMachineArn) => _records.TryRemove(stateMachineArn, out _);

    public MachineRecord Get(StateMachineDescription machine)
        => _records.TryGetValue(machine.StateMachineArn, out var record)
            ? record
            : new MachineRecord(DefaultLogging, DefaultTracing, null, null, machine.CreationDate);

    /// <summary>The text the model was read from, or its canonical JSON.</summary>
    public string DefinitionText(StateMachine model) => _sources.TryGetValue(model, out var source) ? source.Text : AslWriter.Write(model);

    /// <summary>When the model became the machine's definition; <paramref name="fallback"/> when it was not sent through the API.</summary>
    public DateTimeOffset DefinitionDate(StateMachine model, DateTimeOffset fallback) => _sources.TryGetValue(model, out var source) ? source.Since : fallback;

    private sealed record DefinitionSource(string Text, DateTimeOffset Since);
}
