using System;
using System.IO;
using Asl.Diagnostics;

namespace Asl.Json;

// Apart from the rest of the reader: the source generator compiles the reader in and may not touch files (it reads
// definition files through the compiler's AdditionalFiles).
public static partial class AslReader
{
    /// <summary>Reads a definition file. A file that cannot be read is a finding, not an exception.</summary>
    public static AslReadResult ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            var finding = AslRules.FileUnreadable.At(JsonPointer.Root, path, error.Message);
            return new AslReadResult(null, SourceMap.Empty, [finding], isParseFailure: true);
        }
        return Read(bytes);
    }
}
