using Asl.Diagnostics;
using Asl.Validation;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>C09 and E81: how deep Parallel and Map states nest, and Parallel states without branches.</summary>
public sealed class NestingTests
{
    /// <summary>
    /// Parallel states nested <paramref name="levels"/> deep: P1 at the top holds P2 in its only branch, and so
    /// on; the innermost one has two branches.
    /// </summary>
    private static string NestedParallels(int levels)
    {
        var branches = """
            [ { "StartAt": "LeafA", "States": { "LeafA": { "Type": "Succeed" } } },
              { "StartAt": "LeafB", "States": { "LeafB": { "Type": "Succeed" } } } ]
            """;
        for (var level = levels; level > 1; level--)
            branches = $$"""[ { "StartAt": "P{{level}}", "States": { "P{{level}}": { "Type": "Parallel", "End": true, "Branches": {{branches}} } } } ]""";
        return $$"""{ "StartAt": "P1", "States": { "P1": { "Type": "Parallel", "End": true, "Branches": {{branches}} } } }""";
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_a_warning_once_at_the_state_that_goes_too_deep()
    {
        var finding = AssertSingle(Findings(NestedParallels(3), new ValidationOptions { MaxNestingDepth = 2 }),
            AslRules.NestingTooDeep, "/States/P1/Branches/0/States/P2/Branches/0/States/P3");
        Assert.Contains("nesting depth 3, deeper than the limit of 2", finding.Message);
    }

    [Fact]
    public void Default_limit_allows_ten_levels_and_warns_at_eleven()
    {
        Assert.Empty(Findings(NestedParallels(10)));
        Assert.Equal(AslRules.NestingTooDeep.Code, Assert.Single(Findings(NestedParallels(11))).Code);
    }

    [Fact]
    public void Nesting_as_deep_as_the_limit_is_accepted() =>
        Assert.DoesNotContain(Findings(NestedParallels(2), new ValidationOptions { MaxNestingDepth = 2 }), d => d.Code == AslRules.NestingTooDeep.Code);

    [Fact]
    public void Parallel_without_branches_is_a_warning_at_Branches() => AssertSingle("""
        { "StartAt": "Fan", "States": { "Fan": { "Type": "Parallel", "Branches": [], "End": true } } }
        """, AslRules.EmptyBranches, "/States/Fan/Branches");

    [Fact]
    public void Parallel_with_one_branch_is_accepted() => AssertClean("""
        {
          "StartAt": "Fan",
          "States": { "Fan": { "Type": "Parallel", "End": true, "Branches": [ { "StartAt": "B", "States": { "B": { "Type": "Succeed" } } } ] } }
        }
        """);
}
