using Asl.Cli.Validate;

namespace Asl.Cli.Tests;

public sealed class ValidationRunnerTests
{
    private static readonly InputFile[] ThreeInputs =
    [
        new("first.json", "/first.json", InputKind.File),
        new("second.json", "/second.json", InputKind.File),
        new("third.json", "/third.json", InputKind.File),
    ];

    [Fact]
    public void A_check_that_throws_becomes_an_internal_error_finding_for_that_file_only_and_exit_2()
    {
        using var output = new StringWriter { NewLine = "\n" };

        var summary = ValidationRunner.Run(
            ThreeInputs,
            input => input.DisplayPath == "second.json" ? throw new InvalidOperationException("rule crashed") : new FileReport(input.DisplayPath, FileOutcome.Valid, []),
            new TextReportWriter(output),
            maxParallelism: 2);

        Assert.Equal(2, summary.ExitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "second.json: error ASL9001: Internal error while checking this file (InvalidOperationException: rule crashed). The file was not fully checked; please report this with the file attached.",
                "3 files checked: 2 valid, 0 invalid, 1 not checked; 1 error.",
            ],
            lines);
    }

    [Fact]
    public void Reports_are_written_in_input_order_when_a_later_file_finishes_first()
    {
        using var thirdDone = new ManualResetEventSlim();
        var finished = new List<string>();
        var written = new List<string>();

        ValidationRunner.Run(
            ThreeInputs,
            input =>
            {
                // The first file waits for the third, so the third certainly finishes before it.
                if (input.DisplayPath == "first.json") Assert.True(thirdDone.Wait(TimeSpan.FromMinutes(1)));
                lock (finished) finished.Add(input.DisplayPath);
                if (input.DisplayPath == "third.json") thirdDone.Set();
                return new FileReport(input.DisplayPath, FileOutcome.Valid, []);
            },
            new RecordingWriter(written),
            maxParallelism: 3);

        Assert.True(finished.IndexOf("third.json") < finished.IndexOf("first.json"));
        Assert.Equal(["first.json", "second.json", "third.json"], written);
    }

    private sealed class RecordingWriter(List<string> written) : IReportWriter
    {
        public void Write(FileReport report) => written.Add(report.Path);

        public void Complete(RunSummary summary)
        {
        }
    }
}
