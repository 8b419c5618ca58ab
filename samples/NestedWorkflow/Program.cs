using System.Diagnostics;
using System.Text.Json;
using NestedWorkflowSample.Execution;
using NestedWorkflowSample.Workflows;

// The AWS sample "Start a workflow within a workflow", written with Asl and run on the local engine.
var realTime = args.Contains("--real-time");
var help = args.Any(a => a is "-h" or "--help");
if (help || args.Any(a => a != "--real-time"))
{
    Console.WriteLine("""
        Usage: dotnet run --project samples/NestedWorkflow [-- --real-time]

        Runs NestingPatternMainStateMachine on Asl's local engine. Wait states cost no real time
        unless --real-time is given.
        """);
    return help ? 0 : 2;
}

Console.WriteLine("Asl sample: start a workflow within a workflow");
Console.WriteLine();
Console.WriteLine("Generated at compile time:");
Console.WriteLine($"  {MainWorkflow.StateMachineName}: MainWorkflow.Definition ({MainWorkflow.Definition.Length} characters of validated ASL)");
Console.WriteLine($"  {NestedWorkflow.StateMachineName}: NestedWorkflow.Definition ({NestedWorkflow.Definition.Length} characters of validated ASL)");
var artifacts = Path.Combine(AppContext.BaseDirectory, "asl");
if (Directory.Exists(artifacts))
{
    Console.WriteLine("Deploy artifacts written by the build:");
    foreach (var file in Directory.GetFiles(artifacts).Order(StringComparer.Ordinal))
        Console.WriteLine($"  {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
}
Console.WriteLine();

Console.WriteLine($"Running {MainWorkflow.StateMachineName} on the local engine ({(realTime ? "real time" : "virtual clock")})...");
var stopwatch = Stopwatch.StartNew();
var result = await SampleRun.RunAsync(realTime);
using var engine = result.Engine;
stopwatch.Stop();

Console.WriteLine();
Console.WriteLine("Executions:");
foreach (var report in result.Executions)
{
    var execution = report.Execution;
    var machine = execution.StateMachineArn[(execution.StateMachineArn.LastIndexOf(':') + 1)..];
    Console.WriteLine($"  {machine} ({execution.Name})");
    Console.WriteLine($"    started by: {report.Pattern ?? "this program (main execution)"}");
    Console.WriteLine($"    status:     {execution.Status.ToString().ToUpperInvariant()}, {(execution.StopDate - execution.StartDate)?.TotalSeconds:0.#} s on the engine clock");
    Console.WriteLine($"    output:     {execution.Output}");
}

Console.WriteLine();
Console.WriteLine("Main output:");
Console.WriteLine(JsonSerializer.Serialize(result.Output));
Console.WriteLine();
Console.WriteLine($"Finished in {stopwatch.Elapsed.TotalSeconds:0.00} s of real time.");
return 0;
