namespace Asl.Cli.Import;

/// <summary>A construct of the definition that the fluent API cannot write as it is: importing it would change the definition.</summary>
internal sealed class ImportNotSupportedException(string where, string field, string reason)
    : Exception($"{where}: {field} cannot be written with the fluent API: {reason}")
{
    /// <summary>The state (or "the machine") holding the construct.</summary>
    public string Where { get; } = where;

    /// <summary>The field, for example <c>Retry/0/Comment</c>.</summary>
    public string Field { get; } = field;
}
