using System;
using Asl.Collections;
using Asl.Deployment;

namespace Asl.Build.Metadata;

/// <summary>The text of a substitution entry: "Placeholder Kind Target [Pattern ...]" (see ArtifactKeys).</summary>
internal static class SubstitutionText
{
    /// <summary>The placeholder; null when the text has fewer than three parts.</summary>
    public static DefinitionPlaceholder? Parse(string text)
    {
        var parts = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) return null;
        var patterns = new string[parts.Length - 3];
        Array.Copy(parts, 3, patterns, 0, patterns.Length);
        return new DefinitionPlaceholder(parts[0], parts[1], parts[2], patterns.ToEquatableArray());
    }
}
