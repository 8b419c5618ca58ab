using System.Globalization;
using Asl.Diagnostics;

namespace Asl.Cli.Validate;

/// <summary>
/// Findings about an input that could not be checked at all. Unreadable inputs use the catalogue's
/// <see cref="AslRules.FileUnreadable"/>. A failure of the tool itself has its own code in the ASL9xxx block,
/// outside the rule catalogue (ASL1xxx) and the generator's C# diagnostics (ASL0xxx), so it is never mistaken
/// for a problem of the definition.
/// </summary>
internal static class ToolDiagnostics
{
    /// <summary>The tool itself failed on this input.</summary>
    public const string InternalErrorCode = "ASL9001";

    public static AslDiagnostic FileNotFound(string path) => Unreadable(path, "The file does not exist.");

    public static AslDiagnostic EmptyDirectory(string path) =>
        Unreadable(path, "It is a directory that holds no *.json file (hidden entries and bin, obj and node_modules directories are skipped).");

    public static AslDiagnostic FileTooLarge(string path, long limit) => Unreadable(
        path,
        string.Format(CultureInfo.InvariantCulture, "It is larger than the {0:N0} bytes asl reads; a definition may hold at most 1,048,576 characters.", limit));

    /// <summary>An I/O failure; <paramref name="reason"/> is the system's message, a sentence.</summary>
    public static AslDiagnostic Unreadable(string path, string reason) => AslRules.FileUnreadable.At(JsonPointer.Root, path, reason);

    public static AslDiagnostic InternalError(Exception exception) => new(
        InternalErrorCode,
        AslSeverity.Error,
        $"Internal error while checking this file ({exception.GetType().Name}: {exception.Message}). The file was not fully checked; please report this with the file attached.",
        JsonPointer.Root);
}
