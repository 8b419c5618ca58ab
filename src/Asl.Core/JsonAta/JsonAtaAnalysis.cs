using System.Collections.Generic;

namespace Asl.JsonAta;

/// <summary>
/// What the validator needs to know about one JSONata expression: whether it parses, which variables it uses and
/// how, which names it reads from the (absent) input document at the top level, and what looks like a JSONPath
/// intrinsic function.
/// </summary>
internal sealed class JsonAtaAnalysis
{
    public JsonAtaAnalysis(IReadOnlyList<JsonAtaToken> tokens) => Tokens = tokens;

    /// <summary>The tokens (up to the first lexical error).</summary>
    public IReadOnlyList<JsonAtaToken> Tokens { get; }

    /// <summary>The first syntax error, or null when the expression is well formed as far as the analysis can tell.</summary>
    public JsonAtaSyntaxError? Error { get; set; }

    // The lists are made only when something goes into them: most expressions leave most of them empty.
    private List<JsonAtaVariableUse>? _variables;
    private List<(JsonAtaToken Token, bool IsCalled)>? _topLevelInputReferences;
    private List<(JsonAtaToken States, string Function)>? _intrinsicLookalikes;
    private HashSet<string>? _localNames;

    /// <summary>Every variable token, in order.</summary>
    public IReadOnlyList<JsonAtaVariableUse> Variables => (IReadOnlyList<JsonAtaVariableUse>?)_variables ?? System.Array.Empty<JsonAtaVariableUse>();

    /// <summary>Field names and <c>$</c> read from the input document at the top level (not inside a predicate, step,
    /// group, sort, transform or function body, where they refer to the value in context); <c>IsCalled</c> when the
    /// name is followed by <c>(</c>, as when a function is called without its <c>$</c>.</summary>
    public IReadOnlyList<(JsonAtaToken Token, bool IsCalled)> TopLevelInputReferences =>
        (IReadOnlyList<(JsonAtaToken Token, bool IsCalled)>?)_topLevelInputReferences ?? System.Array.Empty<(JsonAtaToken Token, bool IsCalled)>();

    /// <summary>Text that looks like a JSONPath intrinsic function call, such as <c>States.Format(</c>.</summary>
    public IReadOnlyList<(JsonAtaToken States, string Function)> IntrinsicLookalikes =>
        (IReadOnlyList<(JsonAtaToken States, string Function)>?)_intrinsicLookalikes ?? System.Array.Empty<(JsonAtaToken States, string Function)>();

    /// <summary>Variables bound inside the expression (<c>$x := ...</c>, function parameters, <c>@$v</c>, <c>#$i</c>).</summary>
    public IReadOnlyCollection<string> LocalNames => (IReadOnlyCollection<string>?)_localNames ?? System.Array.Empty<string>();

    /// <summary>True when <paramref name="name"/> is bound inside the expression (see <see cref="LocalNames"/>).</summary>
    public bool IsLocal(string name) => _localNames?.Contains(name) == true;

    internal void AddVariable(JsonAtaVariableUse use) => (_variables ??= new()).Add(use);

    internal void AddTopLevelInputReference(JsonAtaToken token, bool isCalled) => (_topLevelInputReferences ??= new()).Add((token, isCalled));

    internal void AddIntrinsicLookalike(JsonAtaToken states, string function) => (_intrinsicLookalikes ??= new()).Add((states, function));

    internal void AddLocalName(string name) => (_localNames ??= new(System.StringComparer.Ordinal)).Add(name);

    /// <summary>True when the expression is valid and is a single literal (optionally negated number).</summary>
    public bool TryGetConstant(out JsonAtaToken literal, out bool negated)
    {
        literal = default;
        negated = false;
        if (Error is not null) return false;
        var count = Tokens.Count;
        var start = 0;
        if (count == 3 && Tokens[0].IsOperator("(") && Tokens[2].IsOperator(")"))
        {
            start = 1;
            count = 1;
        }
        if (count == 1 && Tokens[start].IsLiteral)
        {
            literal = Tokens[start];
            return true;
        }
        if (count == 2 && Tokens[0].IsOperator("-") && Tokens[1].Kind == JsonAtaTokenKind.Number)
        {
            literal = Tokens[1];
            negated = true;
            return true;
        }
        return false;
    }
}

/// <summary>One use of a variable in a JSONata expression.</summary>
internal sealed class JsonAtaVariableUse
{
    public JsonAtaVariableUse(JsonAtaToken token) => Token = token;

    /// <summary>The variable token; its text is the name without <c>$</c>.</summary>
    public JsonAtaToken Token { get; }

    /// <summary>The variable name without <c>$</c>.</summary>
    public string Name => Token.Text;

    /// <summary>True when it is a step of a path (<c>$x.$y</c>): evaluated for each value of the path before it.</summary>
    public bool IsStep { get; set; }

    /// <summary>True when it is the right side of <c>~&gt;</c>, which passes the left side as the first argument.</summary>
    public bool IsPiped { get; set; }

    /// <summary>For <c>$states.member</c>: the member's token; otherwise null.</summary>
    public JsonAtaToken? StatesMember { get; set; }

    /// <summary>The argument token runs when the variable is called (<c>$f(a, b)</c>); null when it is not called.</summary>
    public List<JsonAtaToken[]>? Arguments { get; set; }

    /// <summary>The number of arguments the function receives, counting the piped one; -1 when not called.</summary>
    public int ArgumentCount => Arguments is null ? -1 : Arguments.Count + (IsPiped ? 1 : 0);
}
