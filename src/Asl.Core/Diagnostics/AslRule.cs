using System;
using System.Globalization;

namespace Asl.Diagnostics;

/// <summary>
/// A validation rule: its stable code (<c>ASL1xxx</c>), the id of the catalogue entry it implements,
/// its default severity, a short title and a message format (composite format, arguments by position).
/// </summary>
public sealed class AslRule
{
    /// <summary>Creates a rule descriptor.</summary>
    public AslRule(string code, string catalogueId, AslSeverity severity, string title, string messageFormat)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        CatalogueId = catalogueId;
        Severity = severity;
        Title = title;
        MessageFormat = messageFormat;
    }

    /// <summary>The stable code, for example <c>ASL1041</c>.</summary>
    public string Code { get; }

    /// <summary>The id of the entry in the rule catalogue (docs/rules.md), for example <c>C01</c>.</summary>
    public string CatalogueId { get; }

    /// <summary>The default severity.</summary>
    public AslSeverity Severity { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message format; it says what is wrong and how to fix it.</summary>
    public string MessageFormat { get; }

    /// <summary>Where the rule is documented.</summary>
    public string HelpLink => AslRules.HelpLinkBase + Code + ".md";

    /// <summary>Creates a finding of this rule at <paramref name="pointer"/>.</summary>
    public AslDiagnostic At(string pointer, params object?[] args) =>
        // Messages quote excerpts of the definition; an excerpt may cut a surrogate pair in two.
        new(Code, Severity, args.Length == 0 ? MessageFormat : Json.UnicodeText.ReplaceLoneSurrogates(string.Format(CultureInfo.InvariantCulture, MessageFormat, args)), pointer)
        {
            RuleId = CatalogueId,
        };

    /// <inheritdoc />
    public override string ToString() => Code + " " + Title;
}
