using System.Collections.Concurrent;

namespace Asl.Cli.Validate;

/// <summary>
/// Checks files on a bounded number of worker threads and hands the reports to the writer strictly in
/// input order, each as soon as it and every report before it are ready, so output streams and never
/// depends on scheduling.
/// </summary>
internal static class ValidationRunner
{
    public static RunSummary Run(IReadOnlyList<InputFile> inputs, Func<InputFile, FileReport> check, IReportWriter writer, int maxParallelism)
    {
        var pending = new TaskCompletionSource<FileReport>[inputs.Count];
        for (var i = 0; i < pending.Length; i++) pending[i] = new TaskCompletionSource<FileReport>(TaskCreationOptions.RunContinuationsAsynchronously);

        // No buffering: workers take indexes in order, so the first reports are ready first.
        var indexes = Partitioner.Create(Enumerable.Range(0, inputs.Count), EnumerablePartitionerOptions.NoBuffering);
        // Not disposed: workers may still look at the token after a failed write ends the run.
        var stop = new CancellationTokenSource();
        var workers = Task.Run(() => Parallel.ForEach(
            indexes,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism), CancellationToken = stop.Token },
            i => pending[i].SetResult(CheckSafely(inputs[i], check))));

        var summary = new RunSummary();
        try
        {
            foreach (var report in pending)
            {
                var result = report.Task.GetAwaiter().GetResult();
                summary.Add(result);
                writer.Write(result);
            }
        }
        catch
        {
            // The output is gone (a closed pipe): checking the remaining files would be wasted work.
            stop.Cancel();
            throw;
        }

        workers.GetAwaiter().GetResult();
        writer.Complete(summary);
        return summary;
    }

    /// <summary>A bug in the reader or a rule must cost one file, not the run (and never print a stack trace).</summary>
    private static FileReport CheckSafely(InputFile input, Func<InputFile, FileReport> check)
    {
        try
        {
            return check(input);
        }
        catch (Exception exception)
        {
            return new FileReport(input.DisplayPath, FileOutcome.Unreadable, [new Finding(ToolDiagnostics.InternalError(exception), null, null)]);
        }
    }
}
