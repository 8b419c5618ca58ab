namespace Asl.Build.Output;

/// <summary>One file to write into the artifacts folder.</summary>
/// <param name="FileName">The name inside the folder.</param>
/// <param name="Content">The full text ("\n" line ends).</param>
internal sealed record ArtifactFile(string FileName, string Content);
