using System.IO.Compression;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Asl.Build.Tests;

/// <summary>
/// The experience of a user who installs Asl: pack Asl.Dsl, create a fresh project that references only that
/// package, build it, run it, break a workflow and build again. Slow (a pack and two builds): filter it out of
/// quick runs with <c>--filter Category!=Package</c>.
/// </summary>
[Trait("Category", "Package")]
[Collection(PackagesCollection.Name)]
public sealed class PackageTests(PackagedAsl packages, ITestOutputHelper log)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private const string Program = """
        Console.WriteLine(NestedWorkflowSample.Workflows.MainWorkflow.StateMachineName);
        Console.WriteLine(NestedWorkflowSample.Workflows.MainWorkflow.Definition);
        """;

    // A machine whose SQS task the template grants and whose PartiQL query it cannot: that warning must reach the build
    // output on the state; its deployment settings must reach the template.
    private const string Notifier = """
        using Asl;
        using static Asl.States;

        namespace App;

        [StateMachine(Tracing = true)]
        public partial class Notifier : IStateMachine
        {
            public static Workflow Define() => Workflow
                .StartWith(Task("Queue", "arn:aws:states:::sqs:sendMessage").Parameters(new { QueueUrl = "https://sqs.eu-west-1.amazonaws.com/123456789012/q", MessageBody = "hi" }))
                .Then(Task("Query", "arn:aws:states:::aws-sdk:dynamodb:executeStatement").Parameters(new { Statement = "SELECT * FROM Orders" }));
        }
        """;

    private const string Broken = """
        using Asl;
        using static Asl.States;

        namespace App;

        [StateMachine]
        public partial class Broken : IStateMachine
        {
            public static Workflow Define() => Workflow
                .StartWith(Pass("A").Next("Missing"))
                .Then(Pass("B"));
        }
        """;

    [Fact]
    public async Task A_fresh_project_referencing_only_the_package_gets_constants_diagnostics_and_deploy_artifacts()
    {
        using var temp = new TempDirectory("package-test");
        packages.Log(log);
        AssertPackageShape(packages.Package("Asl.Dsl"));

        var app = CreateProject(temp, packages);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.Combine("packages") };
        var build = await DotnetProcess.RunAsync(app, BuildTimeout, environment, "build", "--disable-build-servers");
        Report(build);
        var (queryLine, queryColumn) = PositionOf(Notifier, "\"Query\"");
        AssertOutput(build, $@"Notifier\.cs\({queryLine},{queryColumn}\): warning ASL0903: State 'Query' runs PartiQL");
        Assert.DoesNotMatch(@"App\.csproj : warning ASL09", build.Output);

        var artifacts = Path.Combine(app, "bin", "Debug", "net10.0", "asl");
        AssertArtifacts(artifacts);
        var run = await DotnetProcess.RunAsync(app, BuildTimeout, environment, Path.Combine(app, "bin", "Debug", "net10.0", "App.dll"));
        Report(run);
        var lines = run.Output.Split('\n', 2);
        Assert.Equal("NestingPatternMainStateMachine", lines[0]);
        AslFiles.AssertJsonEqual(AslFiles.Reference("main-state-machine.asl.json"), lines[1], "MainWorkflow.Definition");

        // The target's switches, run on its own against the assembly just built (no compilation needed).
        Directory.Delete(artifacts, recursive: true);
        await RunTarget(app, environment, "-p:DesignTimeBuild=true");
        Assert.False(Directory.Exists(artifacts), "A design-time build wrote deploy artifacts.");
        await RunTarget(app, environment, "-p:AslWriteArtifacts=false");
        Assert.False(Directory.Exists(artifacts), "AslWriteArtifacts=false still wrote deploy artifacts.");
        await RunTarget(app, environment, "-p:AslArtifactsDirectory=deploy/", "-p:AslTemplateFileName=stack.yaml");
        Assert.Equal(["NestingPatternAnotherStateMachine.asl.json", "NestingPatternAnotherStateMachine.md", "NestingPatternMainStateMachine.asl.json",
                "NestingPatternMainStateMachine.md", "Notifier.asl.json", "Notifier.md", "stack.yaml"],
            Directory.GetFiles(Path.Combine(app, "deploy")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));
        Directory.Delete(Path.Combine(app, "deploy"), recursive: true);
        await RunTarget(app, environment, "-p:AslArtifactsDirectory=deploy/", "-p:AslWriteDiagrams=false");
        Assert.Empty(Directory.GetFiles(Path.Combine(app, "deploy"), "*.md"));

        File.WriteAllText(Path.Combine(app, "Broken.cs"), Broken);
        // A warning escalated for the C# files in an ordinary .editorconfig section, as teams write it.
        File.WriteAllText(Path.Combine(app, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.ASL0903.severity = error\n");
        var broken = await DotnetProcess.RunAsync(app, BuildTimeout, environment, "build", "--disable-build-servers");
        log.WriteLine($"{broken.Command}: {broken.Elapsed.TotalSeconds:F1} s, exit {broken.ExitCode}");
        Assert.NotEqual(0, broken.ExitCode);
        var (line, column) = PositionOf(Broken, "\"Missing\"");
        AssertOutput(broken, $@"Broken\.cs\({line},{column}\): error ASL1041: ");
        AssertOutput(broken, $@"Notifier\.cs\({queryLine},{queryColumn}\): error ASL0903: State 'Query' runs PartiQL");
    }

    /// <summary>Runs only the artifacts target, as a real build would (BuildingProject), with extra properties.</summary>
    private async Task RunTarget(string app, Dictionary<string, string> environment, params string[] properties)
    {
        var result = await DotnetProcess.RunAsync(app, BuildTimeout, environment,
            ["msbuild", "-t:AslWriteDeployArtifacts", "-p:BuildingProject=true", "-nodeReuse:false", .. properties]);
        Report(result);
    }

    private static void AssertOutput(DotnetResult result, string pattern) =>
        Assert.True(Regex.IsMatch(result.Output, pattern), $"The output has nothing like /{pattern}/. {result.Describe()}");

    private void Report(DotnetResult result)
    {
        log.WriteLine($"{result.Command}: {result.Elapsed.TotalSeconds:F1} s");
        Assert.True(result.ExitCode == 0, result.Describe());
    }

    private static void AssertPackageShape(string package)
    {
        Assert.True(File.Exists(package), $"dotnet pack wrote no {Path.GetFileName(package)}");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var expected in new[]
        {
            "lib/net10.0/Asl.Dsl.dll", "lib/net10.0/Asl.Core.dll", "analyzers/dotnet/cs/Asl.Generators.dll",
            "tasks/netstandard2.0/Asl.Build.dll", "tasks/netstandard2.0/Asl.Core.dll", "buildTransitive/Asl.Dsl.props", "buildTransitive/Asl.Dsl.targets",
            "README.md", "docs/diagnostics/ASL0001.md", "docs/rules/ASL1041.md", "docs/deploy.md",
        })
            Assert.True(entries.Contains(expected), $"The package has no {expected}; it has:\n{string.Join("\n", entries.Order())}");
        using var nuspec = new StreamReader(zip.GetEntry("Asl.Dsl.nuspec")!.Open());
        Assert.DoesNotContain("id=\"Asl.Core\"", nuspec.ReadToEnd());
    }

    private static string CreateProject(TempDirectory temp, PackagedAsl packages)
    {
        packages.PrepareUserFolder(temp.Path);
        var repository = packages.Repository;
        var version = packages.Version;
        var app = temp.Combine("app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Asl.Dsl" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // The reference sample's workflows, as they are in the repository.
        foreach (var file in new[] { "MainWorkflow.cs", "NestedWorkflow.cs", "NestedInput.cs" })
            File.Copy(Path.Combine(repository, "samples", "NestedWorkflow", "Workflows", file), Path.Combine(app, file));
        // And its callback function, so the template declares the function from the package's [LambdaFunction].
        File.Copy(Path.Combine(repository, "samples", "NestedWorkflow", "Functions", "CallbackFunction.cs"), Path.Combine(app, "CallbackFunction.cs"));
        File.WriteAllText(Path.Combine(app, "Notifier.cs"), Notifier);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);
        return app;
    }

    private static void AssertArtifacts(string folder)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray() : [];
        Assert.Equal(["NestingPatternAnotherStateMachine.asl.json", "NestingPatternAnotherStateMachine.md", "NestingPatternMainStateMachine.asl.json",
            "NestingPatternMainStateMachine.md", "Notifier.asl.json", "Notifier.md", "template.yaml"], files);
        // The generator in the package draws each machine; the build task writes the drawing beside its definition.
        Assert.Contains("```mermaid\nflowchart TD\n", File.ReadAllText(Path.Combine(folder, "NestingPatternMainStateMachine.md")).Replace("\r\n", "\n"));
        AslFiles.AssertValid(Path.Combine(folder, "NestingPatternMainStateMachine.asl.json"));
        AslFiles.AssertValid(Path.Combine(folder, "NestingPatternAnotherStateMachine.asl.json"));
        AslFiles.AssertJsonEqual(AslFiles.Reference("nested-state-machine.asl.json"),
            File.ReadAllText(Path.Combine(folder, "NestingPatternAnotherStateMachine.asl.json")), "NestingPatternAnotherStateMachine.asl.json");

        var template = File.ReadAllText(Path.Combine(folder, "template.yaml"));
        foreach (var expected in new[]
        {
            "Transform: AWS::Serverless-2016-10-31\n",
            "  NestingPatternMainStateMachine:\n    Type: AWS::Serverless::StateMachine\n",
            "      DefinitionUri: NestingPatternMainStateMachine.asl.json\n",
            "        NestingPatternAnotherStateMachineArn: !Ref NestingPatternAnotherStateMachine\n",
            "                - states:StartExecution\n              Resource:\n                - !Ref NestingPatternAnotherStateMachine\n",
            "                - states:DescribeExecution\n                - states:StopExecution\n",
            ":rule/StepFunctionsGetEventsForStepFunctionsExecutionRule\"\n",
            "        NestingPatternCallbackLambdaFunction: !GetAtt NestingPatternCallbackLambdaFunction.Arn\n",
            "  NestingPatternCallbackLambdaFunction:\n    Type: AWS::Serverless::Function\n",
            "      Handler: App::NestedWorkflowSample.Functions.CallbackFunction::HandleEventAsync\n      CodeUri: \"../\"\n",
            "                - lambda:InvokeFunction\n",
            "                - sqs:SendMessage\n              Resource:\n                - !Sub \"arn:${AWS::Partition}:sqs:eu-west-1:123456789012:q\"\n",
            "      Tracing:\n        Enabled: true\n",
        })
            Assert.True(template.Contains(expected, StringComparison.Ordinal), $"template.yaml lacks:\n{expected}\nIt is:\n{template}");
    }

    /// <summary>The 1-based line and column of the first <paramref name="text"/> in <paramref name="source"/>.</summary>
    private static (int Line, int Column) PositionOf(string source, string text)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0) return (i + 1, column + 1);
        }
        throw new ArgumentException($"'{text}' is not in the source.");
    }
}
