using Asl.Diagnostics;
using Asl.Model;
using Asl.Paths;

namespace Asl.Validation;

/// <summary>
/// The path rules: every path field and payload template of every JSONPath state (F01–F11), intrinsic function
/// calls (L01–L09), Choice rules (E31–E37, M01–M05), the Reference Path fields of Task, Wait and Fail (E16, E53,
/// E71), and the Choice Default warning (E40). Paths and calls are parsed with <see cref="Asl.Paths.JsonPathParser"/>
/// and <see cref="Asl.Paths.IntrinsicParser"/>. JSONata states are checked by <see cref="LanguageRules"/>, except
/// for the language-neutral E31 (top-level rule without Next) and E40.
/// </summary>
internal sealed partial class PathRules : ValidationPass
{
    public override void Run(ValidationContext context)
    {
        foreach (var site in context.States)
        {
            context.Charge(1);
            if (site.State is ChoiceState choice) CheckChoiceTransitions(context, site, choice);
            if (site.IsJsonAta) continue;
            CheckPathFields(context, site);
            CheckPayloadTemplates(context, site);
            CheckLiteralFields(context, site);
            if (site.State is ChoiceState jsonPathChoice) CheckChoiceRules(context, site, jsonPathChoice);
        }
    }

    /// <summary>
    /// F01 extra: a parse failure that is only an unquoted word in a filter is a doubtful construct, not a
    /// definition error (AWS accepts it). Reports the warning and returns true in that case.
    /// </summary>
    private static bool ReportedAsUnquotedFilterWord(ValidationContext context, string field, string text, string error, int offset, LazyPointer pointer)
    {
        if (!JsonPathParser.IsUnquotedFilterWord(error)) return false;
        context.Report(AslRules.UnquotedFilterWord, pointer, field, "is not a valid path " + ParseErrorText.Describe(text, error, offset));
        return true;
    }
}
