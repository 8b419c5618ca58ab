using System.Text.Json.Serialization;

namespace Asl;

/// <summary>
/// The result of <c>StartExecution&lt;TChild&gt;(...).RunToCompletion()</c> (<c>.sync:2</c>): the child execution's description,
/// with its output parsed as <typeparamref name="TOutput"/>, the child's output type. The state after it receives this type
/// (read <c>.Output</c>), or the child's output itself with <c>.OutputPath("$.Output")</c>.
/// Its members keep AWS's names whatever <see cref="JsonNaming"/> the machine declares.
/// </summary>
/// <typeparam name="TOutput">The child machine's output type.</typeparam>
public sealed record ChildExecution<TOutput>
{
    /// <summary>The child execution's ARN.</summary>
    [JsonPropertyName("ExecutionArn")]
    public string? ExecutionArn { get; init; }

    /// <summary>The child execution's name.</summary>
    [JsonPropertyName("Name")]
    public string? Name { get; init; }

    /// <summary>The child state machine's ARN.</summary>
    [JsonPropertyName("StateMachineArn")]
    public string? StateMachineArn { get; init; }

    /// <summary>The child's status (<c>SUCCEEDED</c>: a child that does not succeed fails the task).</summary>
    [JsonPropertyName("Status")]
    public string? Status { get; init; }

    /// <summary>The child's output (present: the task fails when the child does not succeed).</summary>
    [JsonPropertyName("Output")]
    public TOutput Output { get; init; } = default!;
}
