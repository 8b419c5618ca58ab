using Asl.Diagnostics;

namespace Asl.Cli.Validate;

/// <summary>Counts over a whole run, and the exit code they imply.</summary>
internal sealed class RunSummary
{
    public int Files { get; private set; }

    public int Valid { get; private set; }

    public int Invalid { get; private set; }

    public int Unreadable { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    /// <summary>0 when every file is valid, 1 when some file is invalid, 2 when some input could not be checked.</summary>
    public int ExitCode => Unreadable > 0 ? ExitCodes.InputError : Invalid > 0 ? ExitCodes.Invalid : ExitCodes.Valid;

    public void Add(FileReport report)
    {
        Files++;
        switch (report.Outcome)
        {
            case FileOutcome.Valid: Valid++; break;
            case FileOutcome.Invalid: Invalid++; break;
            default: Unreadable++; break;
        }

        foreach (var finding in report.Findings)
        {
            switch (finding.Severity)
            {
                case AslSeverity.Error: Errors++; break;
                case AslSeverity.Warning: Warnings++; break;
                default: Infos++; break;
            }
        }
    }
}

/// <summary>The exit codes of <c>asl validate</c>.</summary>
internal static class ExitCodes
{
    public const int Valid = 0;
    public const int Invalid = 1;
    /// <summary>An input could not be read or parsed, or the command line itself was wrong.</summary>
    public const int InputError = 2;
}
