using Asl.Diagnostics;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>The codes of this pass follow the catalogue numbering and its blocks.</summary>
public sealed class RuleCodeTests
{
    private static readonly string[] OwnIds =
    {
        "E11", "E19", "G01", "G02", "G03", "G04", "G05", "G06", "G07", "G08", "G09", "G10", "G11", "G12", "G14",
        "H01", "H02", "H03", "H04", "H05", "I01", "I02", "I03", "I04", "I05", "I06", "I07", "I10",
    };

    private static IEnumerable<AslRule> OwnRules => AslRules.All.Where(r => OwnIds.Contains(r.CatalogueId));

    [Fact]
    public void Every_owned_catalogue_id_with_a_finding_has_a_rule() =>
        Assert.DoesNotContain(OwnIds, id => !AslRules.All.Any(r => r.CatalogueId == id));

    [Fact]
    public void A_first_finding_takes_its_catalogue_number_and_a_second_one_an_extra_code()
    {
        foreach (var rule in OwnRules)
        {
            var section = rule.CatalogueId[0];
            var number = int.Parse(rule.CatalogueId.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
            var natural = section switch { 'E' => 1100, 'G' => 1220, 'H' => 1240, _ => 1250 } + number;
            var extras = section switch { 'E' => (1195, 1199), 'G' => (1235, 1239), 'H' => (1247, 1249), _ => (1261, 1269) };
            var code = int.Parse(rule.Code.Substring(3), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(code == natural || (code >= extras.Item1 && code <= extras.Item2), $"{rule.Code} for {rule.CatalogueId}");
        }
    }

    [Fact]
    public void Every_message_ends_with_a_full_stop_or_an_argument_that_supplies_one()
    {
        foreach (var rule in OwnRules)
            Assert.True(rule.MessageFormat.EndsWith(".", StringComparison.Ordinal) || rule.MessageFormat.EndsWith("}", StringComparison.Ordinal), rule.Code);
    }
}
