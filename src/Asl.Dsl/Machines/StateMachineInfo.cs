using System.Collections.Generic;

namespace Asl;

/// <summary>
/// What the generator emits for each <c>[StateMachine]</c> class: its name, type, validated ASL definition,
/// the <c>${...}</c> substitutions it needs, and its input and output types.
/// </summary>
/// <param name="Name">The state machine's name.</param>
/// <param name="Type">STANDARD or EXPRESS.</param>
/// <param name="Definition">The validated ASL JSON.</param>
/// <param name="Substitutions">The <c>${...}</c> placeholders of the definition and what fills them.</param>
/// <param name="InputType">The execution input type, or null when undeclared.</param>
/// <param name="OutputType">The execution output type, or null when undeclared.</param>
public sealed record StateMachineInfo(
    string Name,
    StateMachineType Type,
    string Definition,
    IReadOnlyList<Substitution> Substitutions,
    System.Type? InputType,
    System.Type? OutputType);

/// <summary>One <c>${Name}</c> placeholder of a definition.</summary>
/// <param name="Name">The placeholder's name (without <c>${</c> and <c>}</c>).</param>
/// <param name="Kind">What fills it.</param>
/// <param name="Target">The child state machine's name, or the Lambda function's logical name, or the placeholder's name.</param>
/// <param name="Patterns">For a child state machine: each way the parent starts it.</param>
public sealed record Substitution(string Name, SubstitutionKind Kind, string Target, params IntegrationPattern[] Patterns);

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
