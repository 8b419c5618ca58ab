using Asl.Diagnostics;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>The codes of sections J and K stay in their blocks: Jnn is ASL1270+nn, Knn is ASL1300+nn, extras after.</summary>
public sealed class RuleCodeTests
{
    private static IEnumerable<AslRule> OwnRules() => AslRules.All.Where(r => IsOwnEntry(r.CatalogueId));

    [Fact]
    public void Every_own_rule_code_is_the_catalogue_code_or_an_extra_of_its_block()
    {
        foreach (var rule in OwnRules())
        {
            var number = int.Parse(rule.Code.AsSpan(3));
            var entry = int.Parse(rule.CatalogueId.AsSpan(1));
            var (first, extrasFrom, last) = rule.CatalogueId[0] == 'J' ? (1270, 1286, 1299) : (1300, 1316, 1319);
            Assert.True(number == first + entry || (number >= extrasFrom && number <= last),
                $"{rule.Code} ({rule.CatalogueId}) is outside its block");
        }
    }

    [Fact]
    public void No_other_rule_shares_a_code_of_this_pass()
    {
        foreach (var rule in OwnRules())
            Assert.Single(AslRules.All, r => r.Code == rule.Code);
    }

    [Fact]
    public void Own_rules_cover_every_entry_that_this_pass_reports()
    {
        var ids = OwnRules().Select(r => r.CatalogueId).ToHashSet();
        string[] expected = ["J01", "J02", "J03", "J04", "J05", "J06", "J07", "J08", "J09", "J10", "J11", "J12",
            "K02", "K03", "K04", "K05", "K06", "K07", "K09", "K10", "K11", "K12", "K13", "K14"];
        Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rules_AWS_accepts_at_creation_are_warnings_and_the_rest_errors()
    {
        // Handler order and dead handlers (K12-K14), unknown States.* names (K11: deployed samples raise and catch
        // their own), and what AWS accepts but fails or ignores at run time (ASL1282, ASL1288, ASL1298).
        string[] warnings = ["ASL1282", "ASL1288", "ASL1298", "ASL1311", "ASL1312", "ASL1313", "ASL1314", "ASL1317", "ASL1318"];
        foreach (var rule in OwnRules())
            Assert.Equal(warnings.Contains(rule.Code) ? AslSeverity.Warning : AslSeverity.Error, rule.Severity);
    }
}
