using System.CommandLine;
using Asl.Local;

namespace Asl.Cli.Commands;

/// <summary><c>--s3-dir DIR</c> of <c>asl run</c> and <c>asl serve</c>: the engine's S3 is a folder (DIR/bucket/key files).</summary>
internal static class S3Folder
{
    public static Option<string> CreateOption() => new("--s3-dir")
    {
        Description = "Back the engine's S3 with this folder: each subfolder is a bucket and each file under it an object (key = its path with '/'). " +
                      "Distributed Map ItemReaders read there, ResultWriters and aws-sdk:s3 putObject write there (default: an empty in-memory S3).",
        HelpName = "DIR",
    };

    /// <summary>The folder-backed S3, or null without the option; false (with a message) when the folder does not exist.</summary>
    public static bool TryOpen(string? directory, string command, TextWriter stderr, out LocalS3? s3)
    {
        s3 = null;
        if (directory is null) return true;
        try
        {
            s3 = new LocalS3(directory);
            return true;
        }
        catch (DirectoryNotFoundException e)
        {
            stderr.WriteLine($"asl {command}: {e.Message} Create it, with one subfolder per bucket.");
            return false;
        }
    }
}
