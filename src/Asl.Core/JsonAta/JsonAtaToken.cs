namespace Asl.JsonAta;

/// <summary>The kinds of tokens in a JSONata expression.</summary>
public enum JsonAtaTokenKind
{
    /// <summary>A field name such as <c>total</c>, or one of the keywords <c>and</c>, <c>or</c>, <c>in</c> and <c>function</c>.</summary>
    Name,
    /// <summary>A backtick-quoted field name such as <c>`first name`</c>.</summary>
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
    /// <summary>A regular expression literal such as <c>/ab+c/i</c>; <see cref="JsonAtaToken.Text"/> holds the whole literal.</summary>
    Regex,
    /// <summary>An operator or bracket: <c>. [ ] { } ( ) , ; : ? + - * / % | = &lt; &gt; ^ @ # &amp; ! ~ .. := != &lt;= &gt;= ** ~&gt;</c>.</summary>
    Operator,
}

/// <summary>One token of a JSONata expression, with its place in the scanned text.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The operator, name, decoded string value, number text or regex text (see <see cref="JsonAtaTokenKind"/>).</param>
/// <param name="Start">Offset of the first character in the scanned text.</param>
/// <param name="Length">Number of characters the token spans in the scanned text.</param>
public readonly record struct JsonAtaToken(JsonAtaTokenKind Kind, string Text, int Start, int Length)
{
    /// <summary>True for the operator <paramref name="op"/>.</summary>
    public bool IsOperator(string op) => Kind == JsonAtaTokenKind.Operator && Text == op;

    /// <summary>True for a plain name equal to <paramref name="name"/>.</summary>
    public bool IsName(string name) => Kind == JsonAtaTokenKind.Name && Text == name;

    /// <summary>True for a literal value: a string, number, boolean, null or regex.</summary>
    public bool IsLiteral => Kind is JsonAtaTokenKind.String or JsonAtaTokenKind.Number or JsonAtaTokenKind.Boolean
        or JsonAtaTokenKind.Null or JsonAtaTokenKind.Regex;
}

/// <summary>A syntax error found in a JSONata expression.</summary>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Offset">Offset in the scanned text where the problem is.</param>
public sealed record JsonAtaSyntaxError(string Message, int Offset);
