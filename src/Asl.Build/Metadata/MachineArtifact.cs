using System.Collections.Generic;

namespace Asl.Build.Metadata;

/// <summary>One state machine of the compiled project, as the generator recorded it in the assembly's metadata.</summary>
/// <param name="Name">The state machine's name.</param>
/// <param name="Type">STANDARD or EXPRESS.</param>
/// <param name="Definition">The validated ASL JSON.</param>
/// <param name="Substitutions">The definition's <c>${...}</c> placeholders and what fills them.</param>
internal sealed record MachineArtifact(string Name, string Type, string Definition, IReadOnlyList<SubstitutionEntry> Substitutions)
{
    /// <summary>True for EXPRESS machines.</summary>
    public bool IsExpress => Type == "EXPRESS";
}

/// <summary>One <c>${Placeholder}</c> of a definition.</summary>
/// <param name="Placeholder">The name between <c>${</c> and <c>}</c>.</param>
/// <param name="Kind">StateMachine (a child machine's ARN), LambdaFunction, or Other.</param>
/// <param name="Target">For StateMachine: the child machine's name; otherwise the placeholder's name.</param>
/// <param name="Patterns">For StateMachine: each integration pattern the parent starts the child with.</param>
internal sealed record SubstitutionEntry(string Placeholder, string Kind, string Target, IReadOnlyList<string> Patterns)
{
    /// <summary>What fills a substitution, as the generator names it.</summary>
    public const string StateMachineKind = "StateMachine";

    /// <summary>A Lambda function's ARN.</summary>
    public const string LambdaFunctionKind = "LambdaFunction";

    /// <summary>Parses "Placeholder Kind Target [Pattern ...]"; null when the text has fewer than three parts.</summary>
    public static SubstitutionEntry? Parse(string text)
    {
        var parts = text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) return null;
        var patterns = new string[parts.Length - 3];
        System.Array.Copy(parts, 3, patterns, 0, patterns.Length);
        return new SubstitutionEntry(parts[0], parts[1], parts[2], patterns);
    }
}
