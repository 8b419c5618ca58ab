using System;

namespace Asl.Permissions;

/// <summary>Reading ARNs and the texts that stand for them.</summary>
internal static class Arns
{
    /// <summary>
    /// The six or more colon-separated parts of an ARN, or null when the text is none. A <c>${...}</c> placeholder is
    /// one part's text even when it holds colons (<c>arn:${AWS::Partition}:states:::sqs:sendMessage</c>).
    /// </summary>
    public static string[]? Parts(string text)
    {
        if (!text.StartsWith("arn:", StringComparison.Ordinal)) return null;
        var parts = HasPlaceholder(text) ? SplitOutsidePlaceholders(text) : text.Split(':');
        return parts.Length >= 6 ? parts : null;
    }

    /// <summary>The colon-separated parts of a text, each <c>${...}</c> placeholder kept whole.</summary>
    public static string[] SplitOutsidePlaceholders(string text)
    {
        var parts = new System.Collections.Generic.List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{') depth++;
            else if (text[i] == '}' && depth > 0) depth--;
            else if (text[i] == ':' && depth == 0)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }
        parts.Add(text.Substring(start));
        return parts.ToArray();
    }

    /// <summary>True for an ARN, or for a text the template fills (a <c>${Placeholder}</c> anywhere in it).</summary>
    public static bool IsArnOrTemplate(string text) => Parts(text) is not null || HasPlaceholder(text);

    /// <summary>True when the text holds a <c>${...}</c> placeholder.</summary>
    public static bool HasPlaceholder(string text) => text.IndexOf("${", StringComparison.Ordinal) >= 0;

    /// <summary>True when the whole text is one <c>${Name}</c>.</summary>
    public static bool IsWholePlaceholder(string text) =>
        text.Length > 3 && text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith("}", StringComparison.Ordinal)
        && text.IndexOf('}') == text.Length - 1 && text.IndexOf("${", 2, StringComparison.Ordinal) < 0;

    /// <summary>
    /// The ARN of a resource named either by ARN (kept as it is) or by name (placed in the stack's partition, Region
    /// and account under <paramref name="resourcePrefix"/>, for example <c>table/</c>).
    /// </summary>
    public static ArnPattern NameOrArn(string text, string service, string resourcePrefix) =>
        Parts(text) is not null ? ArnPattern.Text(text) : ArnPattern.InStack(service, resourcePrefix + text);

    /// <summary>The partition of an integration ARN (<c>arn:aws-cn:states:::...</c>), "aws" when it has none.</summary>
    public static string PartitionOf(string arn) => Parts(arn) is { } parts && parts[1].Length > 0 ? parts[1] : "aws";
}
