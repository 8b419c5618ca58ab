using System.Text.Json;

namespace Asl.Cli.Tests.Corpora;

/// <summary>
/// AWS's own published workflows (tests/Corpora/workflows-collection, from aws-samples, MIT-0): the 170 definitions
/// AWS deploys get no error from <c>asl validate</c> (warnings are allowed) and run under <c>asl run</c>; the 2 broken
/// ones get at least one error. The labels come with the corpus (labels.tsv). The definitions of LocalStack's
/// AWS-validated tests that call other services (tests/Corpora/localstack-accepted, Apache 2.0), all created and run
/// on AWS, get no error either.
/// </summary>
public sealed class WorkflowsCollectionTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "Corpora", "workflows-collection");

    private static readonly IReadOnlyDictionary<string, bool> Labels = File.ReadAllLines(Path.Combine(Folder, "labels.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .ToDictionary(cells => cells[0], cells => cells[1] == "valid", StringComparer.Ordinal);

    public static TheoryData<string> Deployed => new(Labels.Where(l => l.Value).Select(l => l.Key).Order(StringComparer.Ordinal));

    [Fact]
    public void The_labels_name_170_deployed_and_2_broken_definitions_and_every_file()
    {
        Assert.Equal(170, Labels.Count(l => l.Value));
        Assert.Equal(2, Labels.Count(l => !l.Value));
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(Labels.Keys.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Asl_validate_reports_no_error_on_the_deployed_definitions_and_errors_on_the_broken_ones()
    {
        var run = CliRun.InProcess("validate", "--format", "json", "--severity", "warning", Folder);

        using var document = JsonDocument.Parse(run.Stdout);
        var errorsByFile = document.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            file => Path.GetFileName(file.GetProperty("path").GetString()!),
            file => file.GetProperty("diagnostics").EnumerateArray()
                .Where(d => d.GetProperty("severity").GetString() == "error")
                .Select(d => $"{d.GetProperty("code").GetString()} {d.GetProperty("pointer").GetString()}: {d.GetProperty("message").GetString()}")
                .ToList());
        Assert.Equal(Labels.Count, errorsByFile.Count);

        var falseErrors = errorsByFile.Where(f => Labels[f.Key] && f.Value.Count > 0).ToList();
        var missedBroken = errorsByFile.Where(f => !Labels[f.Key] && f.Value.Count == 0).Select(f => f.Key).ToList();
        Assert.True(falseErrors.Count == 0, "Errors on definitions AWS deploys:\n" + string.Join("\n", falseErrors.Select(f => f.Key + "\n  " + string.Join("\n  ", f.Value))));
        Assert.True(missedBroken.Count == 0, "No error on broken definitions: " + string.Join(", ", missedBroken));
    }

    [Fact]
    public void Asl_validate_reports_no_error_on_the_definitions_AWS_ran_in_LocalStack_s_validated_tests()
    {
        // The definitions with recorded outcomes (localstack-recorded) are checked with their executions in Asl.Local.Tests.
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Corpora", "localstack-accepted");

        var run = CliRun.InProcess("validate", folder);

        Assert.True(run.ExitCode == 0, run.Stdout);
        Assert.Matches($@"^(\d+) files checked: \1 valid, 0 invalid", run.Lines[^1]);
        Assert.InRange(int.Parse(run.Lines[^1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), 60, int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(Deployed))]
    public void A_deployed_definition_runs_under_asl_run(string file)
    {
        // No mocks are given, so tasks fail (a placeholder ARN, a Lambda function nobody registered): the point is
        // that the definition is accepted and the execution reaches an end, as it would on AWS.
        var run = CliRun.InProcess("run", Path.Combine(Folder, file));

        run.AssertNoStackTrace();
        Assert.True(run.ExitCode == 0, $"asl run refused {file} (exit {run.ExitCode}):\n{run.Stderr}");
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Contains(document.RootElement.GetProperty("status").GetString(), new[] { "SUCCEEDED", "FAILED", "ABORTED", "TIMED_OUT" });
    }
}
