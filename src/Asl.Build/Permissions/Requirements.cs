using System.Collections.Generic;

namespace Asl.Build.Permissions;

/// <summary>How a Task names the ARN it acts on.</summary>
internal abstract record ArnReference
{
    /// <summary>The whole value is one <c>${Placeholder}</c>, filled by DefinitionSubstitutions.</summary>
    public sealed record Placeholder(string Name) : ArnReference;

    /// <summary>A literal value written in the definition (an ARN, or for Lambda also a function name).</summary>
    public sealed record Literal(string Text) : ArnReference;
}

/// <summary>A Task that starts another state machine's execution.</summary>
/// <param name="Machine">The child machine.</param>
/// <param name="WaitsForCompletion">True for <c>.sync</c> and <c>.sync:2</c>, which poll and may stop the child execution.</param>
internal sealed record ChildStart(ArnReference Machine, bool WaitsForCompletion);

/// <summary>A Task that invokes a Lambda function.</summary>
internal sealed record FunctionInvoke(ArnReference Function);

/// <summary>A Task that runs with the credentials of another role (its <c>Credentials.RoleArn</c>).</summary>
internal sealed record AssumedRole(ArnReference Role);

/// <summary>Something the definition needs whose permissions the template cannot derive.</summary>
/// <param name="State">The state's name.</param>
/// <param name="Reason">What it uses and what the deployer must add.</param>
/// <param name="IsDynamic">True when the ARN is only known at run time.</param>
internal sealed record PermissionGap(string State, string Reason, bool IsDynamic);

/// <summary>What one definition's Task states need from the state machine's role.</summary>
internal sealed class Requirements
{
    public List<ChildStart> Children { get; } = new();

    public List<FunctionInvoke> Functions { get; } = new();

    public List<AssumedRole> Roles { get; } = new();

    public List<PermissionGap> Gaps { get; } = new();
}
