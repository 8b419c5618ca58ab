using Asl.Local.Tests.JsonAtaSuite;

namespace Asl.Local.Tests;

/// <summary>The official JSONata 2.0.6 test suite, case by case (see JsonAtaSuite/SuiteCases.cs).</summary>
public sealed class JsonAtaSuiteTests
{
    public static IEnumerable<object[]> CaseIds() => SuiteCases.Cases.Keys.Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Every_case_of_the_JSONata_suite_gives_the_result_or_error_the_suite_expects(string id)
    {
        var problem = SuiteCases.Run(id);
        Assert.True(problem is null, $"{id}: {problem}");
    }

    [Fact]
    public void Each_exclusion_names_a_case_of_the_suite_and_says_why_and_what_Step_Functions_does()
    {
        Assert.NotEmpty(SuiteCases.Exclusions);
        foreach (var (id, exclusion) in SuiteCases.Exclusions)
        {
            Assert.True(SuiteCases.Cases.ContainsKey(id), $"{id} is not a case of the suite");
            Assert.False(string.IsNullOrWhiteSpace(exclusion.Reason), id);
            Assert.True(exclusion.Code is not null || exclusion.Result is not null, $"{id} says nothing of what Step Functions does");
        }
    }
}
