using Asl.Json;

namespace Asl.Local.Execution;

/// <summary>What a state hands on: its output, and the next state's name (null when it ends its container).</summary>
internal readonly record struct StepResult(AslJson Output, string? Next);
