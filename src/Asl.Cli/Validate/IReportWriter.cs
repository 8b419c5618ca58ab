namespace Asl.Cli.Validate;

/// <summary>Prints the reports of a run, one file at a time, in argument order.</summary>
internal interface IReportWriter
{
    void Write(FileReport report);

    void Complete(RunSummary summary);
}
