using System.Linq;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// I01–I04 and I10: the Assign fields of states, top-level Choice rules and Catchers.
internal sealed partial class LanguageRules
{
    private const long MaxVariableBytes = 262_144;

    /// <summary>Checks every Assign of the state and records the variables it sets.</summary>
    private static void CheckAssignments(ValidationContext context, StateSite site, string? language, VariableUses variables)
    {
        if (AssignOf(site.State) is { } assign)
            CheckAssign(context, site, language, assign, site.FieldPointer("Assign"), $"state \"{site.Name}\"", AssignmentKind.State, 0, variables);

        if (site.State is ChoiceState choice)
        {
            var choices = site.FieldPointer("Choices");
            for (var i = 0; i < choice.Choices.Count; i++)
            {
                var rule = choice.Choices[i];
                var pointer = LazyPointer.Child(choices, i);
                if (rule.Assign is { } ruleAssign)
                    CheckAssign(context, site, language, ruleAssign, pointer.Member("Assign"),
                        $"Choice rule {i} of state \"{site.Name}\"", AssignmentKind.ChoiceRule, i, variables);
                CheckNestedRuleAssigns(context, site, rule, pointer);
            }
        }

        if (site.State is WorkState work)
            for (var i = 0; i < work.Catch.Count; i++)
                if (work.Catch[i].Assign is { } catchAssign)
                    CheckAssign(context, site, language, catchAssign, site.FieldPointer("Catch").Item(i).Member("Assign"),
                        $"Catcher {i} of state \"{site.Name}\"", AssignmentKind.Catcher, i, variables);
    }

    /// <summary>I02: only the top-level rule of Choices may assign; rules inside And, Or and Not may not.</summary>
    private static void CheckNestedRuleAssigns(ValidationContext context, StateSite site, ChoiceRule topRule, LazyPointer topPointer) =>
        ForEachRule(topRule, topPointer, (rule, pointer) =>
        {
            if (!ReferenceEquals(rule, topRule) && rule.Assign is not null)
                context.Report(AslRules.AssignInNestedChoiceRule, pointer.Member("Assign"), site.Name);
        });

    private static void CheckAssign(ValidationContext context, StateSite site, string? language, AslJson assign, LazyPointer pointer,
        string owner, AssignmentKind kind, int index, VariableUses variables)
    {
        if (assign is not AslJsonObject obj)
        {
            context.Report(AslRules.AssignNotObject, pointer, owner, Describe(assign));
            return;
        }

        var isJsonAta = language == QueryLanguages.JsonAta;
        foreach (var property in obj.Properties)
        {
            var keyPointer = pointer.Member(property.Name);
            var isPathKey = property.Name.EndsWith(".$", System.StringComparison.Ordinal);
            var name = isPathKey && !isJsonAta ? property.Name.Substring(0, property.Name.Length - 2) : property.Name;

            if (name == "states")
                context.Report(AslRules.ReservedVariableName, keyPointer, site.Name);
            else if (VariableNames.Problem(name) is { } problem)
                context.Report(AslRules.InvalidVariableName, keyPointer, name, site.Name,
                    isPathKey && isJsonAta ? problem + " (a key ending in .$ is JSONPath syntax; in a JSONata state write the plain name and a {% %} value)" : problem);

            if (!(isPathKey && !isJsonAta) && JsonSize.AtMost(property.Value) > MaxVariableBytes && IsLiteral(property.Value, isJsonAta))
            {
                var size = JsonSize.Utf8Length(property.Value);
                if (size > MaxVariableBytes) context.Report(AslRules.VariableTooLarge, keyPointer, name, site.Name, size);
            }

            variables.Assign(new VariableAssignment(site, name, keyPointer, kind, index));
        }
    }

    /// <summary>True when the value is fixed text: no JSONata strings (JSONata) or no <c>.$</c> keys (JSONPath) inside.</summary>
    private static bool IsLiteral(AslJson value, bool isJsonAta) => value switch
    {
        AslJsonString s => !isJsonAta || !IsJsonAtaLike(s.Value),
        AslJsonArray array => array.Items.All(item => IsLiteral(item, isJsonAta)),
        AslJsonObject obj => obj.Properties.All(p =>
            (isJsonAta || !p.Name.EndsWith(".$", System.StringComparison.Ordinal)) && IsLiteral(p.Value, isJsonAta)),
        _ => true,
    };
}
