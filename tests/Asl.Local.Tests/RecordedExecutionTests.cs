using Asl.Api;
using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local.Tests;

/// <summary>
/// Executions that ran on AWS (tests/Corpora/localstack-recorded, from LocalStack's AWS-validated snapshots, Apache
/// 2.0): each definition runs here on the same input and must end the same way, with the same status and output, or
/// the same error name and cause. Entries marked as known differences must still differ, so a fix is noticed.
/// </summary>
public sealed class RecordedExecutionTests
{
    private static readonly string Folder = Path.Combine(FindRoot(), "tests", "Corpora", "localstack-recorded");

    /// <summary>One recorded execution: the file, its index in the file, and what the test names it by.</summary>
    public sealed record Recorded(string File, int Index, string Name)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Recorded> All()
    {
        var data = new TheoryData<Recorded>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var executions = (AslJsonArray)Document(file)["executions"]!;
            for (var i = 0; i < executions.Items.Count; i++)
                data.Add(new Recorded(Path.GetFileName(file), i, Text(executions.Items[i], "recorded")!));
        }
        return data;
    }

    [Fact]
    public void The_corpus_holds_over_250_recorded_executions_of_over_100_definitions()
    {
        var files = Directory.GetFiles(Folder, "*.json");

        Assert.InRange(files.Length, 100, int.MaxValue);
        Assert.InRange(files.Sum(f => ((AslJsonArray)Document(f)["executions"]!).Items.Count), 250, int.MaxValue);
    }

    [Fact]
    public void Every_definition_AWS_ran_validates_without_errors()
    {
        var rejected = new List<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var read = AslReader.Read(JsonText.Write(Document(file)["definition"]!));
            var findings = read.Diagnostics.Concat(read.Machine is { } machine ? Asl.Validation.AslValidator.Validate(machine) : []);
            rejected.AddRange(findings.Where(d => d.Severity == Asl.Diagnostics.AslSeverity.Error)
                .Select(d => $"{Path.GetFileName(file)}: {d.Code} {d.Pointer}: {d.Message}"));
        }

        Assert.True(rejected.Count == 0, "Errors on definitions AWS accepted and ran:\n" + string.Join("\n", rejected));
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task A_recorded_execution_ends_here_as_it_ended_on_AWS(Recorded recorded)
    {
        var document = Document(Path.Combine(Folder, recorded.File));
        var execution = (AslJsonObject)((AslJsonArray)document["executions"]!).Items[recorded.Index];
        using var engine = TestEngine.Create();
        var machine = engine.RegisterStateMachine("Recorded", JsonText.Write(document["definition"]!));
        if (execution["s3"] is AslJsonObject buckets)
            foreach (var bucket in buckets.Properties)
                foreach (var stored in ((AslJsonObject)bucket.Value).Properties)
                    engine.S3.Bucket(bucket.Name).Put(stored.Name, ((AslJsonString)stored.Value).Value);

        var result = await engine.RunAsync(machine.StateMachineArn, JsonText.Write(execution["input"]!));

        var differences = Differences(execution, result);
        if (Text(execution, "knownDifference") is { } known)
            Assert.True(differences.Count > 0, $"Now the same as on AWS; remove \"knownDifference\" ({known}) from {recorded.File}.");
        else
            Assert.True(differences.Count == 0, $"{recorded.Name} ({recorded.File}):\n" + string.Join("\n", differences));
    }

    private static List<string> Differences(AslJsonObject expected, ExecutionSnapshot actual)
    {
        var differences = new List<string>();
        void Compare(string what, string? want, string? got)
        {
            if (want != got) differences.Add($"  {what}: AWS {want ?? "(none)"}\n  {new string(' ', what.Length)}  here {got ?? "(none)"}");
        }

        Compare("status", Text(expected, "status"), actual.Status.ToAwsName());
        if (expected["output"] is { } output && (actual.Output is null || !JsonValues.DeepEquals(output, JsonText.Parse(actual.Output))))
            Compare("output", JsonText.Write(output), actual.Output);
        Compare("error", Text(expected, "error"), actual.Error);
        Compare("cause", Text(expected, "cause"), actual.Cause);
        return differences;
    }

    private static AslJsonObject Document(string path) => (AslJsonObject)JsonText.Parse(File.ReadAllText(path));

    private static string? Text(AslJson value, string member) => ((AslJsonObject)value)[member] is AslJsonString text ? text.Value : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Asl.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Asl.slnx above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
