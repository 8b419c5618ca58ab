using Asl.Collections;

namespace Asl.Permissions;

/// <summary>What a state machine's role must allow, derived from its definition and deployment settings.</summary>
/// <param name="Grants">The statements, merged (one per Sid, actions and conditions) in the order the definition first needs them.</param>
/// <param name="Notes">Wildcards granted and permissions that could not be granted, each on the state that needs it.</param>
public sealed record MachinePermissions(EquatableArray<PermissionGrant> Grants, EquatableArray<PermissionNote> Notes)
{
    /// <summary>No permissions and nothing to say.</summary>
    public static MachinePermissions None { get; } = new(EquatableArray<PermissionGrant>.Empty, EquatableArray<PermissionNote>.Empty);
}
