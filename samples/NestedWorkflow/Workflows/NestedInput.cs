namespace NestedWorkflowSample.Workflows;

/// <summary>The nested machine's input: whether to call back, and the parent's task token when it should.</summary>
/// <param name="NeedCallback">True when the parent waits for a callback.</param>
/// <param name="TaskToken">The parent task's token (only with a callback).</param>
public sealed record NestedInput(bool NeedCallback, string? TaskToken = null);
