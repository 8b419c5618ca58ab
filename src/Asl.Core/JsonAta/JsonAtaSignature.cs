using System.Collections.Generic;

namespace Asl.JsonAta;

/// <summary>How many arguments a signature parameter takes.</summary>
public enum JsonAtaQuantifier
{
    /// <summary>Exactly one.</summary>
    One,
    /// <summary><c>?</c>, or <c>-</c> (taken from the context when missing): zero or one.</summary>
    Optional,
    /// <summary><c>+</c>: one or more.</summary>
    OneOrMore,
}

/// <summary>
/// One parameter of a function signature such as <c>&lt;s-nn?:s&gt;</c>. Types are JSONata's one-letter symbols:
/// s string, n number, b boolean, l null, a array, o object, f function, j any JSON value, x anything, and
/// <c>(sao)</c> a choice. Any parameter but <c>f</c> also accepts an undefined argument.
/// </summary>
public sealed class JsonAtaParameter
{
    internal JsonAtaParameter(char type, string accepted) { Type = type; Accepted = accepted; }

    /// <summary>The type symbol, or <c>(</c> for a choice.</summary>
    public char Type { get; }

    /// <summary>The argument symbols the parameter accepts (m for undefined).</summary>
    public string Accepted { get; internal set; }

    /// <summary>How many arguments it takes.</summary>
    public JsonAtaQuantifier Quantifier { get; internal set; }

    /// <summary>True for <c>-</c>: a missing argument is taken from the value in context.</summary>
    public bool UsesContext { get; internal set; }

    /// <summary>For <c>a&lt;n&gt;</c> and <c>f&lt;...&gt;</c>: the text between the angle brackets; otherwise null.</summary>
    public string? Subtype { get; internal set; }

    /// <summary>For <c>-</c>: the symbols the context value may have (those of the parameter itself).</summary>
    public string ContextAccepted { get; internal set; } = "";
}

/// <summary>A parsed function signature: the parameter types a function checks its arguments against.</summary>
public sealed class JsonAtaSignature
{
    private JsonAtaSignature(string text, IReadOnlyList<JsonAtaParameter> parameters)
    {
        Text = text;
        Parameters = parameters;
        foreach (var parameter in parameters)
        {
            if (parameter.Quantifier != JsonAtaQuantifier.Optional) MinArguments++;
            if (parameter.Quantifier == JsonAtaQuantifier.OneOrMore) MaxArguments = null;
            else if (MaxArguments is { } max) MaxArguments = max + 1;
        }
    }

    /// <summary>The signature as written, such as <c>&lt;s-nn?:s&gt;</c>.</summary>
    public string Text { get; }

    /// <summary>The parameters in order (the return type after <c>:</c> is not checked, as in JSONata).</summary>
    public IReadOnlyList<JsonAtaParameter> Parameters { get; }

    /// <summary>The fewest arguments a call may pass (parameters that are neither optional nor taken from the context).</summary>
    public int MinArguments { get; }

    /// <summary>The most arguments a call may pass, or null when a parameter takes one or more.</summary>
    public int? MaxArguments { get; } = 0;

    /// <summary>
    /// Parses <paramref name="text"/> (from <c>&lt;</c> to <c>&gt;</c>). Throws a syntax error (S0401, S0402) at
    /// <paramref name="offset"/> plus the position in the signature when a type parameter is misplaced.
    /// </summary>
    internal static JsonAtaSignature Parse(string text, int offset)
    {
        var parameters = new List<JsonAtaParameter>();
        JsonAtaParameter? previous = null;
        for (var position = 1; position < text.Length; position++)
        {
            var symbol = text[position];
            if (symbol == ':') break; // the return type is not checked
            JsonAtaParameter? next = null;
            switch (symbol)
            {
                case 's' or 'n' or 'b' or 'l' or 'o':
                    next = new JsonAtaParameter(symbol, symbol + "m");
                    break;
                case 'a' or 'x':
                    next = new JsonAtaParameter(symbol, "asnblfom");
                    break;
                case 'f':
                    next = new JsonAtaParameter(symbol, "f");
                    break;
                case 'j':
                    next = new JsonAtaParameter(symbol, "asnblom");
                    break;
                case '-' when previous is not null:
                    previous.UsesContext = true;
                    previous.ContextAccepted = previous.Accepted;
                    previous.Quantifier = JsonAtaQuantifier.Optional;
                    break;
                case '?' when previous is not null:
                    previous.Quantifier = JsonAtaQuantifier.Optional;
                    break;
                case '+' when previous is not null:
                    previous.Quantifier = JsonAtaQuantifier.OneOrMore;
                    break;
                case '(':
                {
                    var close = Closing(text, position, '(', ')');
                    var choice = text.Substring(position + 1, close - position - 1);
                    if (choice.IndexOf('<') >= 0)
                        throw JsonAtaLexer.Error("S0402", "a choice of types such as (sa<n>) cannot hold a parameterized type; write (sa) instead",
                            offset + position, value: JsonAtaErrorCodes.Quote(choice));
                    next = new JsonAtaParameter('(', choice + "m");
                    position = close;
                    break;
                }
                case '<':
                    if (previous is not { Type: 'a' or 'f' })
                        throw JsonAtaLexer.Error("S0401", "a type parameter <...> can follow only a (array) or f (function)", offset + position,
                            value: previous is null ? null : JsonAtaErrorCodes.Quote(previous.Type == '(' ? "(" + previous.Accepted.TrimEnd('m') + ")" : previous.Type.ToString()));
                    var end = Closing(text, position, '<', '>');
                    previous.Subtype = text.Substring(position + 1, end - position - 1);
                    position = end;
                    break;
            }
            if (next is null) continue;
            parameters.Add(next);
            previous = next;
        }
        return new JsonAtaSignature(text, parameters);
    }

    /// <summary>The position of the bracket that closes the one at <paramref name="start"/>, or the end.</summary>
    private static int Closing(string text, int start, char open, char close)
    {
        var depth = 1;
        var position = start;
        while (position < text.Length)
        {
            position++;
            if (position >= text.Length) break;
            if (text[position] == close && --depth == 0) break;
            if (text[position] == open) depth++;
        }
        return position;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
