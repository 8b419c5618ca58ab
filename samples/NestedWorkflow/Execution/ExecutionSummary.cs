namespace NestedWorkflowSample.Execution;

/// <summary>One execution as the sample prints it, whichever engine ran it.</summary>
/// <param name="StateMachineArn">The machine it ran.</param>
/// <param name="Name">The execution's name.</param>
/// <param name="Pattern">How its parent started it, or null for the main execution.</param>
/// <param name="Status">AWS's status name, for example <c>SUCCEEDED</c>.</param>
/// <param name="Duration">From start to stop on the engine's clock, or null while it runs.</param>
/// <param name="Output">Its output JSON, or null.</param>
public sealed record ExecutionSummary(string StateMachineArn, string Name, string? Pattern, string Status, TimeSpan? Duration, string? Output)
{
    /// <summary>Writes the executions, the main output and the elapsed time: the sample's report, in every mode.</summary>
    public static void Print(TextWriter writer, IEnumerable<ExecutionSummary> executions, string mainOutputJson, TimeSpan elapsed)
    {
        writer.WriteLine();
        writer.WriteLine("Executions:");
        foreach (var execution in executions)
        {
            var machine = execution.StateMachineArn[(execution.StateMachineArn.LastIndexOf(':') + 1)..];
            writer.WriteLine($"  {machine} ({execution.Name})");
            writer.WriteLine($"    started by: {execution.Pattern ?? "this program (main execution)"}");
            writer.WriteLine($"    status:     {execution.Status}, {execution.Duration?.TotalSeconds:0.#} s on the engine clock");
            writer.WriteLine($"    output:     {execution.Output}");
        }
        writer.WriteLine();
        writer.WriteLine("Main output:");
        writer.WriteLine(mainOutputJson);
        writer.WriteLine();
        writer.WriteLine($"Finished in {elapsed.TotalSeconds:0.00} s of real time.");
    }
}
