namespace Asl.Api;

/// <summary>The input of CreateStateMachine (the members <see cref="StepFunctionsHttpClient"/> sends).</summary>
public sealed record CreateStateMachineRequest
{
    /// <summary>The state machine's name (1 to 80 characters).</summary>
    public required string Name { get; init; }

    /// <summary>The ASL definition as JSON text, with every <c>${...}</c> substitution already filled.</summary>
    public required string Definition { get; init; }

    /// <summary>The IAM role the executions run as (any well-formed role ARN for a local endpoint).</summary>
    public required string RoleArn { get; init; }

    /// <summary><c>STANDARD</c> (the default when null) or <c>EXPRESS</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>The output of CreateStateMachine.</summary>
public sealed record CreateStateMachineResponse
{
    /// <summary>The machine's ARN.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreationDate { get; init; }
}

/// <summary>The input of UpdateStateMachine: a null member leaves that part of the machine unchanged.</summary>
public sealed record UpdateStateMachineRequest
{
    /// <summary>The machine to change.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>The new definition, or null to keep it.</summary>
    public string? Definition { get; init; }

    /// <summary>The new role, or null to keep it.</summary>
    public string? RoleArn { get; init; }
}

/// <summary>The output of UpdateStateMachine.</summary>
public sealed record UpdateStateMachineResponse
{
    /// <summary>When the update took effect.</summary>
    public required DateTimeOffset UpdateDate { get; init; }
}

/// <summary>The input of DeleteStateMachine.</summary>
public sealed record DeleteStateMachineRequest
{
    /// <summary>The machine to delete.</summary>
    public required string StateMachineArn { get; init; }
}

/// <summary>The input of ListExecutions: one page of a machine's executions, newest first.</summary>
public sealed record ListExecutionsRequest
{
    /// <summary>The machine whose executions to list.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>Only executions with this status, or null for all.</summary>
    public ExecutionStatus? StatusFilter { get; init; }

    /// <summary>The page size (1 to 1000), or null for the service's default.</summary>
    public int? MaxResults { get; init; }

    /// <summary>The previous page's <see cref="ListExecutionsResponse.NextToken"/>, or null for the first page.</summary>
    public string? NextToken { get; init; }
}

/// <summary>The output of ListExecutions.</summary>
public sealed record ListExecutionsResponse
{
    /// <summary>The executions of this page.</summary>
    public required IReadOnlyList<ExecutionListItem> Executions { get; init; }

    /// <summary>The token for the next page, or null on the last page.</summary>
    public string? NextToken { get; init; }
}

/// <summary>One execution in a ListExecutions page.</summary>
public sealed record ExecutionListItem
{
    /// <summary>The execution's ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The machine it runs.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>The execution's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its status.</summary>
    public required ExecutionStatus Status { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartDate { get; init; }

    /// <summary>When it stopped, or null while it runs.</summary>
    public DateTimeOffset? StopDate { get; init; }
}

/// <summary>The input of ListStateMachines: one page of the account's state machines in the region.</summary>
public sealed record ListStateMachinesRequest
{
    /// <summary>The page size (1 to 1000), or null for the service's default.</summary>
    public int? MaxResults { get; init; }

    /// <summary>The previous page's <see cref="ListStateMachinesResponse.NextToken"/>, or null for the first page.</summary>
    public string? NextToken { get; init; }
}

/// <summary>The output of ListStateMachines.</summary>
public sealed record ListStateMachinesResponse
{
    /// <summary>The machines of this page.</summary>
    public required IReadOnlyList<StateMachineListItem> StateMachines { get; init; }

    /// <summary>The token for the next page, or null on the last page.</summary>
    public string? NextToken { get; init; }
}

/// <summary>One state machine in a ListStateMachines page.</summary>
public sealed record StateMachineListItem
{
    /// <summary>The machine's ARN.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>STANDARD or EXPRESS.</summary>
    public required string Type { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreationDate { get; init; }
}
