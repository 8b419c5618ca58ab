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
        var states = context.States;
        // By position in context.States, not keyed by pointer: hashing every state's pointer twice was a visible cost.
        var languages = new string?[states.Count];

        // Assignments first: the expression checks need to know every variable name the machine assigns.
        for (var i = 0; i < states.Count; i++)
        {
            var site = states[i];
            context.Charge(1);
            var language = CheckQueryLanguage(context, site);
            languages[i] = language;
            CheckAssignments(context, site, language, variables);
        }

        for (var i = 0; i < states.Count; i++)
        {
            var site = states[i];
            context.Charge(1);
            CheckResources(context, site);
            switch (languages[i])
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
