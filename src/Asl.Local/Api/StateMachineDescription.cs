using Asl.Model;

namespace Asl.Local;

/// <summary>A state machine registered with the engine.</summary>
public sealed record StateMachineDescription
{
    /// <summary>The ARN (<c>arn:aws:states:region:account:stateMachine:name</c>).</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The definition the engine runs (with definition substitutions applied).</summary>
    public required StateMachine Definition { get; init; }

    /// <summary>The role ARN given at registration (reported in <c>$$.Execution.RoleArn</c>).</summary>
    public required string RoleArn { get; init; }

    /// <summary>STANDARD or EXPRESS.</summary>
    public required string Type { get; init; }

    /// <summary>When it was registered (engine clock).</summary>
    public required DateTimeOffset CreationDate { get; init; }
}
