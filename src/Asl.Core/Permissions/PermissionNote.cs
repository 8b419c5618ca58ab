namespace Asl.Permissions;

/// <summary>What a <see cref="PermissionNote"/> tells the user.</summary>
public enum PermissionNoteKind
{
    /// <summary>
    /// The template grants a wildcard because the state's target is known only at run time (or its resource cannot
    /// be read from the call): information, code ASL0902.
    /// </summary>
    Broadened,

    /// <summary>The state needs a permission the template cannot grant; the message says what to add: a warning, code ASL0903.</summary>
    NotGranted,
}

/// <summary>A finding about the permissions of one state, located by JSON pointer so producers can show it on their source.</summary>
/// <param name="Kind">Information (a wildcard was granted) or a warning (something is missing).</param>
/// <param name="State">The state's name.</param>
/// <param name="Pointer">JSON pointer of the state, or of the field that decided it.</param>
/// <param name="Message">What was granted or is missing, and what to do about it.</param>
public sealed record PermissionNote(PermissionNoteKind Kind, string State, string Pointer, string Message)
{
    /// <summary>The diagnostic code: ASL0902 for <see cref="PermissionNoteKind.Broadened"/>, ASL0903 for <see cref="PermissionNoteKind.NotGranted"/>.</summary>
    public string Code => Kind == PermissionNoteKind.Broadened ? BroadenedCode : NotGrantedCode;

    /// <summary>A wildcard was granted.</summary>
    public const string BroadenedCode = "ASL0902";

    /// <summary>A permission the template cannot grant.</summary>
    public const string NotGrantedCode = "ASL0903";
}
