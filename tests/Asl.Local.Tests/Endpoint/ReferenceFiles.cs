namespace Asl.Local.Tests.Endpoint;

/// <summary>The seed sample's two definitions (workflow-within-a-workflow), from the copy checked in with the tests.</summary>
internal static class ReferenceFiles
{
    public const string CallbackFunction = "arn:aws:lambda:us-east-1:123456789012:function:NestingPatternCallbackLambdaFunction";

    private static readonly string Directory = Path.Combine(FindRoot(), "tests", "Asl.Dsl.Tests", "TestData", "workflow-within-a-workflow");

    /// <summary>The nested machine, with its callback Lambda function filled in.</summary>
    public static string NestedMachine() => File.ReadAllText(Path.Combine(Directory, "nested-state-machine.asl.json"))
        .Replace("${NestingPatternCallbackLambdaFunction}", CallbackFunction, StringComparison.Ordinal);

    /// <summary>The main machine, starting <paramref name="nestedArn"/>.</summary>
    public static string MainMachine(string nestedArn) => File.ReadAllText(Path.Combine(Directory, "main-state-machine.asl.json"))
        .Replace("${NestingPatternAnotherStateMachineArn}", nestedArn, StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Asl.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Asl.slnx above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
