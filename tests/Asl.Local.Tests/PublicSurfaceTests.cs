using System.Reflection;

namespace Asl.Local.Tests;

/// <summary>
/// What a user of the packages sees: one public type per simple name, whatever namespaces they import. A generic type
/// beside its non-generic base in the same namespace (<c>IStateMachine</c>, <c>IStateMachine&lt;TInput, TOutput&gt;</c>)
/// is one concept, as <c>Task</c> and <c>Task&lt;T&gt;</c> are.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly[] PackagedAssemblies =
    [
        typeof(Asl.Model.StateMachine).Assembly, // Asl.Core, inside the Asl.Dsl package
        typeof(Asl.Workflow).Assembly,           // Asl.Dsl
        typeof(LocalEngine).Assembly,            // Asl.Local
    ];

    [Fact]
    public void No_two_public_types_of_the_packages_share_a_simple_name()
    {
        var clashes = PackagedAssemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested)
            .GroupBy(t => t.Name.Split('`')[0], StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Namespace).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToList();

        Assert.True(clashes.Count == 0, "Public types that clash when both namespaces are imported:\n" + string.Join("\n", clashes));
    }
}
