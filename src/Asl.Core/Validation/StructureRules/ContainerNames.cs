using System.Collections.Generic;
using Asl.Model;

namespace Asl.Validation;

/// <summary>How messages name containers and transition fields.</summary>
internal static class ContainerNames
{
    /// <summary>
    /// The container in words, lower-case: "the top-level States of the state machine",
    /// "branch 1 of Parallel state "P"", "the ItemProcessor of Map state "M"".
    /// </summary>
    public static string Describe(ContainerSite container)
    {
        if (container.Parent is not { } owner) return "the top-level States of the state machine";
        var lastToken = container.Pointer.Substring(container.Pointer.LastIndexOf('/') + 1);
        return owner.State is ParallelState
            ? $"branch {lastToken} of Parallel state \"{owner.Name}\""
            : $"the {lastToken} of Map state \"{owner.Name}\"";
    }

    /// <summary><see cref="Describe"/> with a capital first letter, to start a sentence.</summary>
    public static string DescribeCapitalized(ContainerSite container)
    {
        var text = Describe(container);
        return char.ToUpperInvariant(text[0]) + text.Substring(1);
    }

    /// <summary>
    /// The transition field a pointer names, relative to its state: "Next", "Default",
    /// "Choices[0].Next" or "Catch[1].Next", in quotes.
    /// </summary>
    public static string TransitionField(StateSite from, string pointer)
    {
        var relative = pointer.Length > from.Pointer.Length + 1 ? pointer.Substring(from.Pointer.Length + 1) : pointer;
        var tokens = relative.Split('/');
        if (tokens.Length == 3) return $"\"{tokens[0]}[{tokens[1]}].{tokens[2]}\"";
        return $"\"{relative}\"";
    }

    /// <summary>The chain of containers from the machine down to <paramref name="container"/>.</summary>
    public static List<ContainerSite> Ancestry(ContainerSite container)
    {
        var chain = new List<ContainerSite>();
        for (ContainerSite? current = container; current is not null; current = current.Parent?.Owner)
            chain.Add(current);
        chain.Reverse();
        return chain;
    }
}
