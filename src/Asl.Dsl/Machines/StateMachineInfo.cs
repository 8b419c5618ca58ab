using System;
using System.Collections.Generic;

namespace Asl;

/// <summary>
/// What the generator emits for each <c>[StateMachine]</c> class: its name, type, validated ASL definition,
/// the <c>${...}</c> substitutions it needs, and its input and output types. The generated <c>Info</c> property is a
/// <see cref="StateMachineInfo{TInput, TOutput}"/>, so code that takes it (a test harness, a client factory) knows the
/// machine's types.
/// </summary>
/// <param name="Name">The state machine's name.</param>
/// <param name="Type">STANDARD or EXPRESS.</param>
/// <param name="Definition">The validated ASL JSON.</param>
/// <param name="Substitutions">The <c>${...}</c> placeholders of the definition and what fills them.</param>
/// <param name="InputType">The execution input type, or null when undeclared.</param>
/// <param name="OutputType">The execution output type, or null when undeclared.</param>
public record StateMachineInfo(
    string Name,
    StateMachineType Type,
    string Definition,
    IReadOnlyList<Substitution> Substitutions,
    System.Type? InputType,
    System.Type? OutputType)
{
    /// <summary>The <c>[StateMachine]</c> class the machine is defined by (its assembly holds the project's <c>[LambdaFunction]</c> methods).</summary>
    public System.Type? Class { get; init; }

    /// <summary>
    /// The machine's naming policy (<see cref="StateMachineAttribute.JsonNaming"/>): the test harness serializes the input and
    /// reads the output with <see cref="Clients.ClientSerialization.OptionsFor"/> of it unless given options of its own.
    /// </summary>
    public JsonNaming JsonNaming { get; init; }
}

/// <summary>A <see cref="StateMachineInfo"/> that carries the machine's input and output types as type arguments.</summary>
/// <typeparam name="TInput">The execution input (<see cref="System.Text.Json.JsonElement"/> when the class declares none).</typeparam>
/// <typeparam name="TOutput">The execution output (<see cref="System.Text.Json.JsonElement"/> when the class declares none).</typeparam>
public sealed record StateMachineInfo<TInput, TOutput>(
    string Name,
    StateMachineType Type,
    string Definition,
    IReadOnlyList<Substitution> Substitutions,
    System.Type? InputType,
    System.Type? OutputType)
    : StateMachineInfo(Name, Type, Definition, Substitutions, InputType, OutputType);

/// <summary>One <c>${Name}</c> placeholder of a definition.</summary>
/// <param name="Name">The placeholder's name (without <c>${</c> and <c>}</c>).</param>
/// <param name="Kind">What fills it.</param>
/// <param name="Target">The child state machine's name, or the Lambda function's logical name, or the placeholder's name.</param>
/// <param name="Patterns">For a child state machine: each way the parent starts it.</param>
public sealed record Substitution(string Name, SubstitutionKind Kind, string Target, params IntegrationPattern[] Patterns)
{
    private readonly Func<StateMachineInfo>? _machine;

    /// <summary>A child state machine defined by a <c>[StateMachine]</c> class; <paramref name="machine"/> gives its <c>Info</c>.</summary>
    /// <param name="name">The placeholder's name (the child's name followed by <c>Arn</c>).</param>
    /// <param name="target">The child state machine's name.</param>
    /// <param name="machine">Returns the child's <c>Info</c> (read when asked, so machines may start each other).</param>
    /// <param name="patterns">Each way the parent starts it.</param>
    public Substitution(string name, string target, Func<StateMachineInfo> machine, params IntegrationPattern[] patterns)
        : this(name, SubstitutionKind.StateMachine, target, patterns)
        => _machine = machine ?? throw new ArgumentNullException(nameof(machine));

    /// <summary>The child state machine's <c>Info</c> when a <c>[StateMachine]</c> class of the project defines it; otherwise null.</summary>
    public StateMachineInfo? Machine => _machine?.Invoke();
}

/// <summary>What fills a substitution.</summary>
public enum SubstitutionKind
{
    /// <summary>Something the deployer provides.</summary>
    Other,
    /// <summary>The ARN of another state machine of the project.</summary>
    StateMachine,
    /// <summary>A Lambda function's ARN or name.</summary>
    LambdaFunction,
}
