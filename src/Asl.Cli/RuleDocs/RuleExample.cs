using Asl.Cli.Validate;

namespace Asl.Cli.RuleDocs;

/// <summary>
/// The documentation of one rule beyond its catalogue entry: what it checks, a definition that breaks it,
/// how to fix it, and the fixed definition. Both definitions are run through <c>asl validate</c> when the
/// pages are generated, and the tests require the first to produce the rule's finding and the second not to.
/// </summary>
/// <param name="Code">The rule code, for example <c>ASL1041</c>.</param>
/// <param name="Checks">What the rule checks and why it matters (Markdown).</param>
/// <param name="Invalid">A complete definition that breaks the rule.</param>
/// <param name="Fix">How to fix it (Markdown).</param>
/// <param name="Fixed">The same definition, fixed.</param>
internal sealed record RuleExample(string Code, string Checks, string Invalid, string Fix, string Fixed)
{
    /// <summary>The workflow type to validate the examples for (some rules apply to EXPRESS only).</summary>
    public WorkflowType Type { get; init; } = WorkflowType.Standard;

    /// <summary>The <c>--work-budget</c> to validate the invalid example with; null for the default.</summary>
    public long? WorkBudget { get; init; }

    /// <summary>
    /// For definitions too large to show (over a size limit, nested too deeply): the text that stands in
    /// <see cref="Invalid"/> for the omitted part, and the part itself. Positions before it are the same in
    /// the shown and the validated text.
    /// </summary>
    public (string Shown, string Validated)? Abbreviation { get; init; }

    /// <summary>The invalid definition as validated: <see cref="Invalid"/> with the abbreviation expanded.</summary>
    public string InvalidAsValidated => Abbreviation is { } abbreviation ? Invalid.Replace(abbreviation.Shown, abbreviation.Validated) : Invalid;

    /// <summary>The UTF-8 bytes validated for the invalid example.</summary>
    public byte[] InvalidBytes => System.Text.Encoding.UTF8.GetBytes(InvalidAsValidated);

    /// <summary>
    /// True for rules about the input file rather than its content: the invalid example is a path that names
    /// no file (<see cref="RuleDocsGenerator.MissingFileName"/>), and <see cref="Invalid"/> is empty.
    /// </summary>
    public bool InvalidIsMissingFile { get; init; }
}
