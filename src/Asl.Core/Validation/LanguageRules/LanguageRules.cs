using Asl.Model;

namespace Asl.Validation;

/// <summary>
/// D07, D08, E11, E18, E19, G01–G14, H01–H05 and I01–I10: QueryLanguage, the fields each language allows, JSONata
/// expressions and workflow variables. See the partial files of this class in this folder.
/// </summary>
internal sealed partial class LanguageRules : ValidationPass
{
    public override void Run(ValidationContext context)
    {
        var variables = new VariableUses();
        // Keyed by pointer: hashing a StateSite would hash its whole container, and so the whole machine.
        var languages = new System.Collections.Generic.Dictionary<string, string?>(System.StringComparer.Ordinal);

        // Assignments first: the expression checks need to know every variable name the machine assigns.
        foreach (var site in context.States)
        {
            var language = CheckQueryLanguage(context, site);
            languages[site.Pointer] = language;
            CheckAssignments(context, site, language, variables);
        }

        foreach (var site in context.States)
        {
            CheckResources(context, site);
            switch (languages[site.Pointer])
            {
                case QueryLanguages.JsonPath:
                    CheckJsonAtaOnlyFields(context, site);
                    CheckJsonAtaInJsonPathFields(context, site);
                    CollectJsonPathReferences(site, variables);
                    break;
                case QueryLanguages.JsonAta:
                    CheckJsonPathOnlyFields(context, site);
                    CheckJsonAtaFields(context, site, variables);
                    break;
            }
        }

        new VariableFlow(context, variables).Run();
    }
}
