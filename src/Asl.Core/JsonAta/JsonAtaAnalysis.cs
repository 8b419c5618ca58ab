using System.Collections.Generic;

namespace Asl.JsonAta;

/// <summary>How a name read from the input document is written.</summary>
internal enum JsonAtaReferenceKind
{
    /// <summary>A plain field name such as <c>total</c>.</summary>
    Name,
    /// <summary>A backtick-quoted field name such as <c>`order id`</c>.</summary>
    QuotedName,
    /// <summary>The context variable <c>$</c>.</summary>
    Context,
}

/// <summary>A name or <c>$</c> that reads the input document at the top level of an expression.</summary>
/// <param name="Name">The field name (empty for <c>$</c>).</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Start">Offset in the expression.</param>
/// <param name="IsCalled">True when it is called, as a function written without its <c>$</c> is.</param>
/// <param name="Hyphenated">For <c>order-id</c> written without backticks, the whole name (JSONata reads order minus id).</param>
internal sealed record JsonAtaInputReference(string Name, JsonAtaReferenceKind Kind, int Start, bool IsCalled, string? Hyphenated);

/// <summary>
/// What the validator needs to know about one JSONata expression, read from the tree <see cref="JsonAtaParser"/>
/// builds: whether it parses, which variables it uses and how, which names it reads from the (absent) input
/// document at the top level, and what looks like a JSONPath intrinsic function.
/// </summary>
internal sealed class JsonAtaAnalysis
{
    private List<JsonAtaVariableUse>? _variables;
    private List<JsonAtaInputReference>? _topLevelInputReferences;
    private List<(int Start, string Function)>? _intrinsicLookalikes;
    private HashSet<string>? _localNames;

    private JsonAtaAnalysis(JsonAtaParseResult parse)
    {
        Tree = parse.Expression;
        Error = parse.Error;
    }

    /// <summary>The parsed expression, or null when it does not parse.</summary>
    public JsonAtaNode? Tree { get; }

    /// <summary>The first syntax error, or null.</summary>
    public JsonAtaSyntaxError? Error { get; }

    /// <summary>Every variable reference, in order.</summary>
    public IReadOnlyList<JsonAtaVariableUse> Variables => (IReadOnlyList<JsonAtaVariableUse>?)_variables ?? System.Array.Empty<JsonAtaVariableUse>();

    /// <summary>
    /// Field names and <c>$</c> read from the input document at the top level (not inside a predicate, a later step,
    /// a group, sort, transform or function body, where they refer to the value in context).
    /// </summary>
    public IReadOnlyList<JsonAtaInputReference> TopLevelInputReferences =>
        (IReadOnlyList<JsonAtaInputReference>?)_topLevelInputReferences ?? System.Array.Empty<JsonAtaInputReference>();

    /// <summary>Text that looks like a JSONPath intrinsic function call, such as <c>States.Format(</c>.</summary>
    public IReadOnlyList<(int Start, string Function)> IntrinsicLookalikes =>
        (IReadOnlyList<(int, string)>?)_intrinsicLookalikes ?? System.Array.Empty<(int, string)>();

    /// <summary>True when <paramref name="name"/> is bound inside the expression (<c>$x := ...</c>, function parameters, <c>@$v</c>, <c>#$i</c>).</summary>
    public bool IsLocal(string name) => _localNames?.Contains(name) == true;

    /// <summary>Parses and analyses <paramref name="expression"/> (the text between <c>{%</c> and <c>%}</c>).</summary>
    public static JsonAtaAnalysis Analyze(string expression)
    {
        var analysis = new JsonAtaAnalysis(JsonAtaParser.Parse(expression));
        if (analysis.Tree is { } tree) analysis.Walk(tree, top: true, isStep: false);
        return analysis;
    }

    /// <summary>The expression when it is a single literal (a string, number, boolean, null or regular expression).</summary>
    public JsonAtaNode? Constant => Tree is JsonAtaLiteral or JsonAtaRegex ? Tree : null;

    private void AddLocal(string name) => (_localNames ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(name);

    private JsonAtaVariableUse AddVariable(JsonAtaVariable variable, bool isStep)
    {
        var use = new JsonAtaVariableUse(variable.Name, variable.Position) { IsStep = isStep };
        (_variables ??= new List<JsonAtaVariableUse>()).Add(use);
        return use;
    }

    private void AddReference(JsonAtaInputReference reference) =>
        (_topLevelInputReferences ??= new List<JsonAtaInputReference>()).Add(reference);

    /// <summary>Walks <paramref name="node"/>; <paramref name="top"/> when names there read the input document.</summary>
    private void Walk(JsonAtaNode node, bool top, bool isStep)
    {
        if (node.Focus is { } focus) AddLocal(focus);
        if (node.Index is { } index) AddLocal(index);
        if (node.Predicates is { } predicates)
            foreach (var predicate in predicates) Walk(predicate, top: false, isStep: false);
        if (node.Stages is { } stages)
            foreach (var stage in stages)
            {
                if (stage.Filter is { } filter) Walk(filter, top: false, isStep: false);
                if (stage.IndexVariable is { } variable) AddLocal(variable);
            }
        if (node.Group is { } group)
            foreach (var pair in group.Pairs)
            {
                Walk(pair.Key, top: false, isStep: false);
                Walk(pair.Value, top: false, isStep: false);
            }

        switch (node)
        {
            case JsonAtaPath path:
                WalkPath(path, top);
                break;
            case JsonAtaName name:
                if (top) AddReference(new JsonAtaInputReference(name.Name, name.IsQuoted ? JsonAtaReferenceKind.QuotedName : JsonAtaReferenceKind.Name, name.Position, false, null));
                break;
            case JsonAtaVariable variable:
                AddVariable(variable, isStep);
                if (top && variable.Name.Length == 0) AddReference(new JsonAtaInputReference("", JsonAtaReferenceKind.Context, variable.Position, false, null));
                break;
            case JsonAtaBinary binary:
                Walk(binary.Left, top, false);
                if (top && binary.Operator == JsonAtaOperator.Subtract && Hyphenated(binary) is { } hyphenated)
                {
                    var right = (JsonAtaName)((JsonAtaPath)binary.Right).Steps[0];
                    WalkAnnotationsOnly(binary.Right);
                    AddReference(new JsonAtaInputReference(right.Name, JsonAtaReferenceKind.Name, right.Position, false, hyphenated));
                }
                else
                {
                    Walk(binary.Right, top, false);
                }
                break;
            case JsonAtaNegate negate:
                Walk(negate.Operand, top, false);
                break;
            case JsonAtaArray array:
                foreach (var item in array.Items) Walk(item, top, false);
                break;
            case JsonAtaObject obj:
                foreach (var pair in obj.Pairs.Pairs)
                {
                    Walk(pair.Key, top, false);
                    Walk(pair.Value, top, false);
                }
                break;
            case JsonAtaCondition condition:
                Walk(condition.Test, top, false);
                Walk(condition.Then, top, false);
                if (condition.Else is { } otherwise) Walk(otherwise, top, false);
                break;
            case JsonAtaBlock block:
                foreach (var expression in block.Expressions) Walk(expression, top, false);
                break;
            case JsonAtaBind bind:
                AddLocal(bind.Variable.Name);
                AddVariable(bind.Variable, false).IsAssigned = true;
                Walk(bind.Value, top, false);
                break;
            case JsonAtaCall call:
                WalkCall(call, top, isStep, piped: false);
                break;
            case JsonAtaLambda lambda:
                foreach (var parameter in lambda.Parameters) AddLocal(parameter);
                Walk(lambda.Body, top: false, isStep: false);
                break;
            case JsonAtaApply apply:
                Walk(apply.Left, top, false);
                if (apply.Right is JsonAtaCall piped) WalkCall(piped, top, false, piped: true);
                else Walk(apply.Right, top, false);
                break;
            case JsonAtaTransform transform:
                Walk(transform.Pattern, top: false, isStep: false);
                Walk(transform.Update, top: false, isStep: false);
                if (transform.Delete is { } delete) Walk(delete, top: false, isStep: false);
                break;
            case JsonAtaSort sort:
                foreach (var term in sort.Terms) Walk(term.Expression, top: false, isStep: false);
                break;
        }
    }

    private void WalkAnnotationsOnly(JsonAtaNode node)
    {
        if (node.Predicates is { } predicates)
            foreach (var predicate in predicates) Walk(predicate, top: false, isStep: false);
    }

    private void WalkPath(JsonAtaPath path, bool top)
    {
        var steps = path.Steps;
        // States.Format(...) reads as the field States and a call of a function named Format.
        if (steps.Count == 2 && steps[0] is JsonAtaName { Name: "States", IsQuoted: false } states
            && steps[1] is JsonAtaCall { Procedure: JsonAtaPath { Steps: [JsonAtaName function] } } intrinsic)
        {
            (_intrinsicLookalikes ??= new List<(int, string)>()).Add((states.Position, function.Name));
            foreach (var argument in intrinsic.Arguments) Walk(argument, top: false, isStep: false);
            return;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            Walk(step, i == 0 && top, isStep: i > 0);
            if (i == 0 && step is JsonAtaVariable { Name: "states" } && steps.Count > 1 && steps[1] is JsonAtaName member)
                _variables![_variables.Count - 1].StatesMember = member.Name;
        }
    }

    private void WalkCall(JsonAtaCall call, bool top, bool isStep, bool piped)
    {
        switch (call.Procedure)
        {
            case JsonAtaVariable variable:
                var use = AddVariable(variable, isStep);
                use.Arguments = call.Arguments;
                use.IsPiped = piped;
                use.IsPartial = call.IsPartial;
                break;
            case JsonAtaPath { Steps: [JsonAtaName name] } when top:
                AddReference(new JsonAtaInputReference(name.Name, name.IsQuoted ? JsonAtaReferenceKind.QuotedName : JsonAtaReferenceKind.Name, name.Position, true, null));
                break;
            default:
                Walk(call.Procedure, top, isStep);
                break;
        }
        foreach (var argument in call.Arguments) Walk(argument, top, false);
    }

    /// <summary>For <c>a.order-id</c>: <c>order-id</c> when the minus touches a field name on each side.</summary>
    private static string? Hyphenated(JsonAtaBinary minus)
    {
        if (minus.Right is not JsonAtaPath { Steps: [JsonAtaName { IsQuoted: false } right] }) return null;
        var left = minus.Left is JsonAtaPath { Steps.Count: > 0 } path ? path.Steps[path.Steps.Count - 1] : null;
        if (left is not JsonAtaName { IsQuoted: false } before) return null;
        return before.Position + before.Name.Length == minus.Position && minus.Position + 1 == right.Position
            ? before.Name + "-" + right.Name
            : null;
    }
}

/// <summary>One use of a variable in a JSONata expression.</summary>
internal sealed class JsonAtaVariableUse
{
    public JsonAtaVariableUse(string name, int start)
    {
        Name = name;
        Start = start;
    }

    /// <summary>The variable name without <c>$</c>.</summary>
    public string Name { get; }

    /// <summary>Offset of the <c>$</c> in the expression.</summary>
    public int Start { get; }

    /// <summary>True when it is a later step of a path (<c>$x.$y</c>): evaluated for each value of the path before it.</summary>
    public bool IsStep { get; set; }

    /// <summary>True when it is the target of <c>:=</c>.</summary>
    public bool IsAssigned { get; set; }

    /// <summary>True when it is called on the right of <c>~&gt;</c>, which passes the left side as the first argument.</summary>
    public bool IsPiped { get; set; }

    /// <summary>True when it is partially applied (an argument is <c>?</c>).</summary>
    public bool IsPartial { get; set; }

    /// <summary>For <c>$states.member</c>: the member's name; otherwise null.</summary>
    public string? StatesMember { get; set; }

    /// <summary>The arguments when the variable is called (<c>$f(a, b)</c>); null when it is not called.</summary>
    public IReadOnlyList<JsonAtaNode>? Arguments { get; set; }

    /// <summary>The number of arguments the function receives, counting the piped one; -1 when not called.</summary>
    public int ArgumentCount => Arguments is null ? -1 : Arguments.Count + (IsPiped ? 1 : 0);
}
