using System.Diagnostics;
using System.Text.Json;
using NestedWorkflowSample.Execution;
using NestedWorkflowSample.Workflows;

// The AWS sample "Start a workflow within a workflow", written with Asl and run on the local engine, or with
// --endpoint against a Step Functions endpoint such as `asl serve`.
var realTime = args.Contains("--real-time");
var help = args.Any(a => a is "-h" or "--help");
var endpointAt = Array.IndexOf(args, "--endpoint");
Uri? endpoint = null;
var endpointUsable = endpointAt < 0
    || (endpointAt + 1 < args.Length && Uri.TryCreate(args[endpointAt + 1], UriKind.Absolute, out endpoint) && endpoint.Scheme is "http" or "https");
var known = args.Where((a, i) => a == "--real-time" || i == endpointAt || (endpointAt >= 0 && i == endpointAt + 1)).Count();
if (help || !endpointUsable || known != args.Length || (endpoint is not null && realTime))
{
    Console.WriteLine("""
        Usage: dotnet run --project samples/NestedWorkflow [-- --real-time | --endpoint URL]

        Runs NestingPatternMainStateMachine on Asl's local engine. Wait states cost no real time
        unless --real-time is given.
        --endpoint URL runs it through the typed client against a Step Functions endpoint instead, for example
        `asl serve --mock-config samples/NestedWorkflow/serve-mocks.json` at http://127.0.0.1:8083.
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

var stopwatch = Stopwatch.StartNew();
if (endpoint is not null)
{
    Console.WriteLine($"Running {MainWorkflow.StateMachineName} on {endpoint} (this program hosts the callback function)...");
    using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
    var remote = await EndpointRun.RunAsync(endpoint, timeout.Token);
    ExecutionSummary.Print(Console.Out, remote.Executions, JsonSerializer.Serialize(remote.Output), stopwatch.Elapsed);
    return 0;
}

Console.WriteLine($"Running {MainWorkflow.StateMachineName} on the local engine ({(realTime ? "real time" : "virtual clock")})...");
var result = await SampleRun.RunAsync(realTime);
using var engine = result.Engine;
stopwatch.Stop();
ExecutionSummary.Print(Console.Out, result.Executions.Select(r => r.ToSummary()), JsonSerializer.Serialize(result.Output), stopwatch.Elapsed);
return 0;
