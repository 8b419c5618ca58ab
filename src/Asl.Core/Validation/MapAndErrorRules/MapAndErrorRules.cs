using Asl.Model;

namespace Asl.Validation;

/// <summary>
/// Sections J (Map, inline and distributed) and K (Retry, Catch and error names) of the catalogue.
/// </summary>
/// <remarks>
/// Entries of these sections that other passes own, so that nothing is reported twice:
/// <list type="bullet">
/// <item>J13 (no TimeoutSeconds/HeartbeatSeconds on Map or Parallel): the model has no place for these
/// fields, so the reader reports them (D09) and they never reach this pass.</item>
/// <item>J14 (the Map context object only in ItemSelector) is F11 of <see cref="PathRules"/>.</item>
/// <item>J15 (branches and processors are isolated scopes) is covered by C02 for transitions, I06/I07
/// for variables and H05/H06 for QueryLanguage.</item>
/// <item>K01 and K08 (where Retry/Catch may appear, their fields) are the reader's; K15 (a catcher's
/// ResultPath grammar) is F02/F03 of <see cref="PathRules"/>, and its JSONata side is G07.</item>
/// <item>Paths named here (ItemsPath, MaxConcurrencyPath, the *Path twins) are checked for grammar by
/// <see cref="PathRules"/>; which fields a query language allows (Parameters vs Arguments, *Path in
/// JSONata, JSONata strings in JSONPath states) is H02/H03 of <see cref="LanguageRules"/>.</item>
/// </list>
/// </remarks>
internal sealed partial class MapAndErrorRules : ValidationPass
{
    public override void Run(ValidationContext context)
    {
        foreach (var site in context.States)
        {
            context.Charge(1);
            if (site.State is MapState map) CheckMap(context, site, map);
            if (site.State is WorkState work)
            {
                CheckRetriers(context, site, work);
                CheckCatchers(context, site, work);
            }
        }
        CheckLabelsAreUnique(context);
    }

    private static void CheckMap(ValidationContext context, StateSite site, MapState map)
    {
        CheckProcessor(context, site, map);
        CheckItemSelection(context, site, map);
        CheckConcurrency(context, site, map);
        CheckToleratedFailures(context, site, map);
        CheckDistributedOnlyFields(context, site, map);
        CheckItemReader(context, site, map);
        CheckItemBatcher(context, site, map);
        CheckResultWriter(context, site, map);
        CheckLabelSyntax(context, site, map);
    }
}
