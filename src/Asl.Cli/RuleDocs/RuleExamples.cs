namespace Asl.Cli.RuleDocs;

/// <summary>
/// The worked example of every rule, one partial file per catalogue section (RuleExamples.&lt;Section&gt;.cs).
/// Each section contributes a method rather than a field, so no initialisation order between files matters.
/// </summary>
internal static partial class RuleExamples
{
    private static readonly Lazy<IReadOnlyDictionary<string, RuleExample>> ByCode = new(() =>
        Document().Concat(TopLevel()).Concat(Transitions()).Concat(CommonFields()).Concat(StateTypes()).Concat(TaskStates()).Concat(ChoiceStates()).Concat(Paths()).Concat(Intrinsics()).Concat(JsonAta()).Concat(Variables()).Concat(MapStates()).Concat(Limits()).Concat(ReaderExtras())
            .Concat(QueryLanguage()).Concat(ErrorHandling()).Concat(ChoiceOperators())
            .ToDictionary(e => e.Code, StringComparer.Ordinal));

    /// <summary>Every example, keyed by rule code.</summary>
    public static IReadOnlyDictionary<string, RuleExample> All => ByCode.Value;

    /// <summary>The example of the rule with this code, or null.</summary>
    public static RuleExample? Find(string code) => ByCode.Value.GetValueOrDefault(code);
}
