using Asl.Diagnostics;
using Asl.Json;
using Asl.Validation;

namespace Asl.Cli.Validate;

/// <summary>Reads one file, runs the reader's and the validator's checks, and places every finding at a line and column.</summary>
internal sealed class FileValidator(ValidateSettings settings)
{
    /// <summary>
    /// Beyond this size a file is not read at all. A definition may hold at most 1,048,576 characters, which is
    /// at most about 4 MB of UTF-8, so anything near this limit is certainly too large to deploy.
    /// </summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly ValidationOptions _options = settings.ValidationOptions;

    public FileReport Check(InputFile input) => input.Kind switch
    {
        InputKind.Missing => Unreadable(input, ToolDiagnostics.FileNotFound(input.DisplayPath)),
        InputKind.EmptyDirectory => Unreadable(input, ToolDiagnostics.EmptyDirectory(input.DisplayPath)),
        InputKind.Unreadable => Unreadable(input, ToolDiagnostics.Unreadable(input.DisplayPath, input.Problem ?? "The path is not valid.")),
        _ => CheckFile(input),
    };

    private FileReport CheckFile(InputFile input)
    {
        byte[]? content;
        try
        {
            content = ReadAtMost(input.FullPath, MaxFileBytes);
            if (content is null) return Unreadable(input, ToolDiagnostics.FileTooLarge(input.DisplayPath, MaxFileBytes));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return exception is FileNotFoundException or DirectoryNotFoundException
                ? Unreadable(input, ToolDiagnostics.FileNotFound(input.DisplayPath))
                : Unreadable(input, ToolDiagnostics.Unreadable(input.DisplayPath, exception.Message));
        }

        return CheckContent(input.DisplayPath, content);
    }

    /// <summary>
    /// The file's bytes, or null when it holds more than <paramref name="limit"/>. Reads until the end rather than
    /// trusting the reported length, which is 0 for devices such as /dev/zero that never end.
    /// </summary>
    private static byte[]? ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > limit) return null;

        using var buffer = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return null;
        }

        return buffer.ToArray();
    }

    /// <summary>Checks a definition held in memory (UTF-8 bytes); <paramref name="displayPath"/> names it in the report.</summary>
    public FileReport CheckContent(string displayPath, byte[] content)
    {
        var read = AslReader.Read(content);
        var diagnostics = new List<AslDiagnostic>(read.Diagnostics);
        if (!read.IsParseFailure && read.Machine is { } machine) diagnostics.AddRange(AslValidator.Validate(machine, _options));
        if (settings.WarningsAsErrors is not null) diagnostics = diagnostics.ConvertAll(settings.Escalate);
        diagnostics.RemoveAll(d => d.Severity < settings.MinimumSeverity);

        var findings = diagnostics
            .Distinct()
            .Select(d => Locate(d, read.Locations))
            .OrderBy(f => f.Line ?? 0)
            .ThenBy(f => f.Column ?? 0)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Pointer, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();

        var outcome = read.IsParseFailure ? FileOutcome.Unreadable
            : read.Machine is null || !AslValidator.IsValid(diagnostics) ? FileOutcome.Invalid
            : FileOutcome.Valid;
        return new FileReport(displayPath, outcome, findings);
    }

    /// <summary>
    /// The position of the node the pointer names (of its key, for an object member). The source map falls
    /// back to the nearest existing ancestor for something absent, such as a missing field.
    /// </summary>
    private static Finding Locate(AslDiagnostic diagnostic, SourceMap locations) =>
        locations.TryGetLocation(diagnostic.Pointer, out var line, out var column)
            ? new Finding(diagnostic, line, column)
            : new Finding(diagnostic, null, null);

    private static FileReport Unreadable(InputFile input, AslDiagnostic diagnostic) =>
        new(input.DisplayPath, FileOutcome.Unreadable, [new Finding(diagnostic, null, null)]);
}
