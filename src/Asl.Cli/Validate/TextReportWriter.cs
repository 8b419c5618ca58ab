using System.Globalization;
using Asl.Diagnostics;

namespace Asl.Cli.Validate;

/// <summary>
/// Compiler-style lines, <c>path(line,col): error ASL1041: message (at /States/A/Next)</c>, which editors and
/// CI log parsers recognise, followed by one summary line.
/// </summary>
internal sealed class TextReportWriter(TextWriter output) : IReportWriter
{
    public void Write(FileReport report)
    {
        foreach (var finding in report.Findings) output.WriteLine(Format(report.Path, finding));
        output.Flush();
    }

    public void Complete(RunSummary summary)
    {
        output.WriteLine(FormatSummary(summary));
        output.Flush();
    }

    public static string Format(string path, Finding finding)
    {
        var location = finding.Line is { } line && finding.Column is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"{path}({line},{column})")
            : path;
        var pointer = finding.Pointer.Length == 0 ? "" : $" (at {finding.Pointer})";
        return $"{location}: {SeverityName(finding.Severity)} {finding.Code}: {finding.Message}{pointer}";
    }

    public static string FormatSummary(RunSummary summary)
    {
        var files = new List<string> { Count(summary.Valid, "valid"), Count(summary.Invalid, "invalid") };
        if (summary.Unreadable > 0) files.Add(Count(summary.Unreadable, "not checked"));
        var findings = new List<string> { Plural(summary.Errors, "error") };
        if (summary.Warnings > 0) findings.Add(Plural(summary.Warnings, "warning"));
        if (summary.Infos > 0) findings.Add(Plural(summary.Infos, "info"));
        return $"{Plural(summary.Files, "file")} checked: {string.Join(", ", files)}; {string.Join(", ", findings)}.";
    }

    public static string SeverityName(AslSeverity severity) => severity switch
    {
        AslSeverity.Error => "error",
        AslSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Count(int count, string what) => count.ToString(CultureInfo.InvariantCulture) + " " + what;

    private static string Plural(int count, string noun) => Count(count, count == 1 ? noun : noun + "s");
}
