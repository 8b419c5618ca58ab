namespace Asl.Build.Template;

/// <summary>A warning or error the task reports to MSBuild.</summary>
/// <param name="Code">ASL0901 or ASL0904, explained in docs/deploy.md. (ASL0902 and ASL0903, about a state's permissions,
/// are reported by the generator on the state, and by <c>asl template</c> on the definition file.)</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="IsError">Errors fail the build; warnings do not.</param>
internal sealed record BuildFinding(string Code, string Message, bool IsError = false)
{
    /// <summary>The compiled assembly could not be read, or an artifact could not be written.</summary>
    public const string ArtifactsFailed = "ASL0901";

    /// <summary>State machines of the project start each other, which CloudFormation cannot create.</summary>
    public const string ChildCycle = "ASL0904";

    /// <summary>Where each code is explained: docs/deploy.md under <paramref name="docsBase"/> (the package's own docs folder in a package build), else in the repository.</summary>
    public static string HelpLink(string code, string? docsBase = null) =>
        (string.IsNullOrEmpty(docsBase) ? "https://github.com/asl-dotnet/asl/blob/main/docs/" : docsBase!.TrimEnd('/') + "/") + "deploy.md#" + code.ToLowerInvariant();
}
