using System.Linq;
using Asl.Collections;

namespace Asl.Permissions;

/// <summary>
/// One IAM statement a state machine's role needs: these actions allowed on these resources, under these conditions.
/// </summary>
/// <param name="Sid">The statement's ID: what the actions are for (<c>InvokeFunctions</c>, <c>PublishToTopics</c>).</param>
/// <param name="Actions">IAM actions (<c>service:Action</c>), in the order AWS's documentation lists them.</param>
/// <param name="Resources">What the actions are allowed on.</param>
public sealed record PermissionGrant(string Sid, EquatableArray<string> Actions, EquatableArray<ArnPattern> Resources)
{
    /// <summary>Conditions the request must meet (all of them).</summary>
    public EquatableArray<GrantCondition> Conditions { get; init; }

    /// <summary>True when a resource or condition names the machine being deployed (see <see cref="ArnPattern.IsSelfReference"/>).</summary>
    public bool IsSelfReference => Resources.Any(r => r.IsSelfReference) || Conditions.Any(c => c.Values.Any(v => v.IsSelfReference));

    /// <summary>True when <paramref name="other"/> allows the same actions under the same conditions, so their resources can share one statement.</summary>
    public bool SameStatement(PermissionGrant other) => Sid == other.Sid && Actions == other.Actions && Conditions == other.Conditions;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Sid}: [{string.Join(", ", Actions)}] on [{string.Join(", ", Resources)}]" + (Conditions.IsEmpty ? "" : $" if {string.Join(" and ", Conditions)}");
}

/// <summary>One condition of a statement: <c>"Condition": { Operator: { Key: Values } }</c>.</summary>
/// <param name="Operator">The condition operator (<c>StringEquals</c>, <c>StringLike</c>).</param>
/// <param name="Key">The condition key (<c>iam:PassedToService</c>).</param>
/// <param name="Values">The values, any of which satisfies the condition.</param>
public sealed record GrantCondition(string Operator, string Key, EquatableArray<ArnPattern> Values)
{
    /// <summary>A condition with one literal value.</summary>
    public static GrantCondition Of(string @operator, string key, string value) => new(@operator, key, EquatableArray.Create(ArnPattern.Text(value)));

    /// <summary><c>StringEquals iam:PassedToService SERVICE</c>: a role may be passed to that service only.</summary>
    public static GrantCondition PassedTo(string servicePrincipal) => Of("StringEquals", "iam:PassedToService", servicePrincipal);

    /// <inheritdoc />
    public override string ToString() => $"{Operator} {Key} [{string.Join(", ", Values)}]";
}
