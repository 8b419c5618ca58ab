using Asl.Collections;
using Asl.Json;

namespace Asl.Model;

/// <summary>Anything that holds a set of states and a start state: the machine, a Parallel branch, a Map's processor.</summary>
public interface IStateContainer
{
    /// <summary>The name of the first state.</summary>
    string StartAt { get; }

    /// <summary>The states, in declaration order.</summary>
    EquatableArray<NamedState> States { get; }

    /// <summary>An optional human-readable description.</summary>
    string? Comment { get; }
}

/// <summary>A named state: one entry of a <c>States</c> object.</summary>
public sealed record NamedState(string Name, State State);

/// <summary>A whole state machine definition (the top level of an ASL document).</summary>
public sealed record StateMachine(string StartAt, EquatableArray<NamedState> States) : IStateContainer
{
    /// <inheritdoc />
    public string? Comment { get; init; }

    /// <summary>The ASL version; AWS accepts only "1.0".</summary>
    public string? Version { get; init; }

    /// <summary>The execution timeout in seconds (a positive integer, or a <c>${Placeholder}</c>).</summary>
    public AslJson? TimeoutSeconds { get; init; }

    /// <summary>The default query language of every state: "JSONPath" (the default) or "JSONata".</summary>
    public string? QueryLanguage { get; init; }
}

/// <summary>One branch of a Parallel state.</summary>
public sealed record Branch(string StartAt, EquatableArray<NamedState> States) : IStateContainer
{
    /// <inheritdoc />
    public string? Comment { get; init; }
}

/// <summary>The states a Map runs for each item (<c>ItemProcessor</c>, or the legacy <c>Iterator</c>).</summary>
public sealed record ItemProcessor(string StartAt, EquatableArray<NamedState> States) : IStateContainer
{
    /// <inheritdoc />
    public string? Comment { get; init; }

    /// <summary>Inline or distributed processing (absent in a legacy <c>Iterator</c>).</summary>
    public ProcessorConfig? ProcessorConfig { get; init; }
}

/// <summary>The <c>ProcessorConfig</c> of a Map's item processor.</summary>
public sealed record ProcessorConfig
{
    /// <summary>"INLINE" (the default) or "DISTRIBUTED".</summary>
    public string? Mode { get; init; }

    /// <summary>"STANDARD" or "EXPRESS"; required for DISTRIBUTED.</summary>
    public string? ExecutionType { get; init; }
}

/// <summary>Known values of <c>QueryLanguage</c>.</summary>
public static class QueryLanguages
{
    /// <summary>JSONPath, the default.</summary>
    public const string JsonPath = "JSONPath";

    /// <summary>JSONata.</summary>
    public const string JsonAta = "JSONata";
}
