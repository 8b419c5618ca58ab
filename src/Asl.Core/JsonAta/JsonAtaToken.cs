namespace Asl.JsonAta;

/// <summary>The kinds of tokens in a JSONata expression.</summary>
public enum JsonAtaTokenKind
{
    /// <summary>A field name such as <c>total</c> (the word <c>function</c> is a name too).</summary>
    Name,
    /// <summary>A backtick-quoted field name such as <c>`first name`</c>; <see cref="JsonAtaToken.Text"/> is the name without backticks.</summary>
    QuotedName,
    /// <summary>A variable such as <c>$total</c>; <see cref="JsonAtaToken.Text"/> holds the name without the <c>$</c>
    /// (empty for the context variable <c>$</c>, <c>"$"</c> for <c>$$</c>).</summary>
    Variable,
    /// <summary>A string literal in single or double quotes; <see cref="JsonAtaToken.Text"/> holds the decoded value.</summary>
    String,
    /// <summary>A number literal (never negative: a minus sign is an operator).</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary><c>null</c>.</summary>
    Null,
    /// <summary>A regular expression literal such as <c>/ab+c/i</c>; <see cref="JsonAtaToken.Text"/> holds the pattern
    /// between the slashes, and the flags follow the closing slash in the scanned text.</summary>
    Regex,
    /// <summary>An operator or bracket, including the words <c>and</c>, <c>or</c> and <c>in</c>.</summary>
    Operator,
    /// <summary>The end of the expression.</summary>
    End,
}

/// <summary>One token of a JSONata expression, with its place in the scanned text.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The operator, name, decoded string value, number text or regex pattern (see <see cref="JsonAtaTokenKind"/>).</param>
/// <param name="Start">Offset of the first character in the scanned text.</param>
/// <param name="Length">Number of characters the token spans in the scanned text.</param>
public readonly record struct JsonAtaToken(JsonAtaTokenKind Kind, string Text, int Start, int Length)
{
    /// <summary>True for the operator <paramref name="op"/>.</summary>
    public bool IsOperator(string op) => Kind == JsonAtaTokenKind.Operator && Text == op;

    /// <summary>The offset just after the token.</summary>
    public int End => Start + Length;
}

/// <summary>A syntax error found in a JSONata expression.</summary>
/// <param name="Message">What is wrong and how to fix it, in words for the person who wrote the expression.</param>
/// <param name="Offset">Offset in the scanned text where the problem is.</param>
public sealed record JsonAtaSyntaxError(string Message, int Offset)
{
    /// <summary>JSONata's error code (S0101 to S0402), as JSONata 2.0.6 reports it.</summary>
    public string Code { get; init; } = "S0201";

    /// <summary>The offending token as JSONata names it (an operator, a name, a value), or null.</summary>
    public string? Token { get; init; }

    /// <summary>JSONata's own message for <see cref="Code"/>, as Step Functions shows it.</summary>
    public string JsonAtaMessage { get; init; } = "";

    /// <summary>
    /// True when the expression nests deeper than the parser follows (<see cref="JsonAtaParser.MaxDepth"/>): not a
    /// syntax error JSONata reports, but an expression whose evaluation AWS stops at its depth limit.
    /// </summary>
    public bool IsTooDeep { get; init; }
}
