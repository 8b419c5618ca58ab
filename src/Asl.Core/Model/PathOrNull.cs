namespace Asl.Model;

/// <summary>
/// The value of a path field that may be set to JSON <c>null</c> (InputPath, OutputPath, ResultPath).
/// A null <see cref="PathOrNull"/> reference means the field is absent; <see cref="Null"/> means it is
/// present with the value <c>null</c>.
/// </summary>
public sealed record PathOrNull(string? Path)
{
    /// <summary>The field is present and set to <c>null</c>.</summary>
    public static PathOrNull Null { get; } = new((string?)null);

    /// <summary>True when the field is JSON null.</summary>
    public bool IsNull => Path is null;

    /// <summary>Wraps a path string.</summary>
    public static implicit operator PathOrNull(string path) => new(path);
}
