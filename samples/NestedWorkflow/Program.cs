using System.Diagnostics;
using System.Text.Json;
using Asl.Api;
using NestedWorkflowSample.Execution;
using NestedWorkflowSample.Workflows;

// The AWS sample "Start a workflow within a workflow", written with Asl and run on the local engine, with
// --endpoint against a Step Functions endpoint such as `asl serve`, or with --aws on AWS Step Functions.
if (args.Any(a => a is "-h" or "--help"))
{
    Console.WriteLine(SampleOptions.Usage);
    return 0;
}
if (SampleOptions.Parse(args, out var error) is not { } options)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine();
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
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
switch (options.Target)
{
    case SampleTarget.Endpoint:
    {
        Console.WriteLine($"Running {MainWorkflow.StateMachineName} on {options.Endpoint} (this program hosts the callback function)...");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var remote = await EndpointRun.RunAsync(options.Endpoint!, timeout.Token);
        ExecutionSummary.Print(Console.Out, remote.Executions, JsonSerializer.Serialize(remote.Output), stopwatch.Elapsed);
        return 0;
    }
    case SampleTarget.Aws:
    {
        Console.WriteLine($"Running {MainWorkflow.StateMachineName} on AWS Step Functions (the deployed function calls back)...");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            var remote = await AwsRun.RunAsync(options.StateMachineArn, new StepFunctionsHttpClientOptions { Region = options.Region }, timeout.Token);
            ExecutionSummary.Print(Console.Out, remote.Executions, JsonSerializer.Serialize(remote.Output), stopwatch.Elapsed);
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or StepFunctionsApiException or Amazon.Runtime.AmazonClientException)
        {
            Console.Error.WriteLine($"Cannot run on AWS: {e.Message}");
            return 1;
        }
    }
    default:
    {
        Console.WriteLine($"Running {MainWorkflow.StateMachineName} on the local engine ({(options.RealTime ? "real time" : "virtual clock")})...");
        var result = await SampleRun.RunAsync(options.RealTime);
        using var engine = result.Engine;
        stopwatch.Stop();
        ExecutionSummary.Print(Console.Out, result.Executions.Select(r => r.ToSummary()), JsonSerializer.Serialize(result.Output), stopwatch.Elapsed);
        return 0;
    }
}
