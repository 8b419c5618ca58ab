using System.Text.RegularExpressions;
using Amazon.Runtime;
using Asl.Api;
using Asl.Local;
using Asl.Local.Endpoint;
using NestedWorkflowSample.Execution;
using NestedWorkflowSample.Workflows;

namespace Asl.Samples.Tests;

/// <summary>
/// What the sample deploys to AWS: the template its build writes, set against the reference sample's template, and
/// how --aws finds the deployed main machine (against asl serve, since the tests have no AWS account).
/// </summary>
public sealed partial class NestedWorkflowDeployTests : IAsyncLifetime
{
    private LocalEngine _engine = null!;
    private EndpointServer _server = null!;

    public async Task InitializeAsync()
    {
        _engine = new LocalEngine();
        _server = await EndpointServer.StartAsync(_engine, port: 0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _engine.Dispose();
    }

    [Fact]
    public void The_built_template_declares_the_same_functions_and_state_machines_as_the_reference_template()
    {
        var ours = Resources(File.ReadAllText(BuiltTemplate()));
        var reference = Resources(File.ReadAllText(ReferenceFile("template.yaml")));

        // The reference's own role and its connectors become per-machine least-privilege policies: only the
        // serverless resources must match, by logical ID and type.
        Assert.Equal(reference.Where(r => r.Type.StartsWith("AWS::Serverless::", StringComparison.Ordinal)), ours);
    }

    [Fact]
    public void The_built_template_fills_every_substitution_as_the_reference_template_does()
    {
        var template = File.ReadAllText(BuiltTemplate());

        // The DefinitionSubstitutions entries: a placeholder of the definitions, then how CloudFormation fills it.
        var substitutions = File.ReadAllLines(ReferenceFile("template.yaml"))
            .Select(l => l.Trim()).Where(l => l.StartsWith("NestingPattern", StringComparison.Ordinal) && l.Contains(": !")).ToList();
        Assert.Equal(2, substitutions.Count);
        Assert.All(substitutions, line => Assert.Contains(line, template.Split('\n').Select(l => l.Trim())));
        Assert.DoesNotContain("Parameters:", template);
    }

    [Fact]
    public void The_built_template_deploys_the_callback_function_from_the_build_output_with_its_own_permission()
    {
        var template = File.ReadAllText(BuiltTemplate()).Replace("\r\n", "\n");

        Assert.Contains("      Runtime: dotnet10\n      Handler: NestedWorkflow::NestedWorkflowSample.Functions.CallbackFunction::HandleEventAsync\n"
            + "      CodeUri: \"../\"\n      Timeout: 25\n", template);
        Assert.Contains("                - states:SendTaskSuccess\n              Resource: \"*\"\n", template);
        // CodeUri is relative to the template: the build output, where the handler's assembly is.
        var codeFolder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(BuiltTemplate())!, ".."));
        Assert.True(File.Exists(Path.Combine(codeFolder, "NestedWorkflow.dll")), codeFolder);
    }

    [Fact]
    public async Task Aws_mode_finds_the_main_machine_a_stack_created_by_its_logical_ID()
    {
        using var client = Client();
        var deployed = await CreateAsync(client, "NestingPatternMainStateMachine-Xb3kQ9aLm2Zp");
        await CreateAsync(client, "NestingPatternAnotherStateMachine-P0aLk2Jd8sQw");
        await CreateAsync(client, "NestingPatternMainStateMachineOld");

        Assert.Equal(deployed, await AwsRun.FindDeployedAsync(client, MainWorkflow.StateMachineName));
    }

    [Fact]
    public async Task Aws_mode_without_a_deployed_machine_says_to_deploy_first_or_pass_the_ARN()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AwsRun.FindDeployedAsync(client, MainWorkflow.StateMachineName));

        Assert.Contains("Deploy the sample first", error.Message);
        Assert.Contains("--aws <state machine ARN>", error.Message);
    }

    [Fact]
    public async Task Aws_mode_with_two_candidate_machines_names_both_and_asks_for_one()
    {
        using var client = Client();
        var first = await CreateAsync(client, "NestingPatternMainStateMachine-StackOne1234");
        var second = await CreateAsync(client, "NestingPatternMainStateMachine-StackTwo5678");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AwsRun.FindDeployedAsync(client, MainWorkflow.StateMachineName));

        Assert.Contains(first, error.Message);
        Assert.Contains(second, error.Message);
    }

    [Theory]
    [InlineData(new string[0], "LocalEngine", false, null, null, null)]
    [InlineData(new[] { "--real-time" }, "LocalEngine", true, null, null, null)]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:8083" }, "Endpoint", false, "http://127.0.0.1:8083/", null, null)]
    [InlineData(new[] { "--aws" }, "Aws", false, null, null, null)]
    [InlineData(new[] { "--aws", "arn:aws:states:eu-west-1:123456789012:stateMachine:M-1", "--region", "eu-west-1" },
        "Aws", false, null, "arn:aws:states:eu-west-1:123456789012:stateMachine:M-1", "eu-west-1")]
    [InlineData(new[] { "--region", "us-east-2", "--aws" }, "Aws", false, null, null, "us-east-2")]
    public void Command_line_chooses_where_the_sample_runs(string[] args, string target, bool realTime, string? endpoint, string? arn, string? region)
    {
        var options = SampleOptions.Parse(args, out var error);

        Assert.Null(error);
        Assert.Equal(new SampleOptions(Enum.Parse<SampleTarget>(target), realTime, endpoint is null ? null : new Uri(endpoint), arn, region), options);
    }

    [Theory]
    [InlineData(new[] { "--endpoint" }, "--endpoint needs an http or https URL")]
    [InlineData(new[] { "--endpoint", "ftp://host" }, "--endpoint needs an http or https URL")]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:8083", "--aws" }, "Choose one of --endpoint and --aws")]
    [InlineData(new[] { "--aws", "--real-time" }, "--real-time applies to the local engine only")]
    [InlineData(new[] { "--region", "eu-west-1" }, "--region applies to --aws only")]
    [InlineData(new[] { "--aws", "--region" }, "--region needs a region name")]
    [InlineData(new[] { "--cloud" }, "Unknown option '--cloud'")]
    public void Command_line_mistakes_are_explained(string[] args, string message)
    {
        Assert.Null(SampleOptions.Parse(args, out var error));
        Assert.StartsWith(message, error);
    }

    private StepFunctionsHttpClient Client() =>
        new(new StepFunctionsHttpClientOptions { Endpoint = _server.Url, Credentials = new BasicAWSCredentials("test", "test") });

    private static async Task<string> CreateAsync(StepFunctionsHttpClient client, string name) =>
        (await client.CreateStateMachineAsync(new CreateStateMachineRequest
        {
            Name = name, Definition = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""", RoleArn = "arn:aws:iam::123456789012:role/R",
        })).StateMachineArn;

    /// <summary>Each top-level resource's logical ID and Type, in the template's order sorted by ID.</summary>
    private static IEnumerable<(string Id, string Type)> Resources(string template)
    {
        var section = template.Replace("\r\n", "\n").Split("\nResources:\n")[1].Split("\nOutputs:")[0];
        return ResourceEntry().Matches(section).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"^  (\w+):\n    Type: ""?([\w:]+)""?", RegexOptions.Multiline)]
    private static partial Regex ResourceEntry();

    /// <summary>The template the sample's build wrote, in the sample's output folder of this configuration.</summary>
    private static string BuiltTemplate()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(Repository(), "samples", "NestedWorkflow", "bin", configuration, "net10.0", "asl", "template.yaml");
        Assert.True(File.Exists(path), $"{path} is missing: the sample's build writes it.");
        return path;
    }

    private static string ReferenceFile(string name) =>
        Path.Combine(Repository(), "tests", "Asl.Dsl.Tests", "TestData", "workflow-within-a-workflow", name);

    private static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Asl.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Asl.slnx above {AppContext.BaseDirectory}.");
    }
}
