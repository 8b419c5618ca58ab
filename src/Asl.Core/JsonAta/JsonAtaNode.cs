using System.Collections.Generic;

namespace Asl.JsonAta;

/// <summary>The kinds of nodes of a parsed JSONata expression.</summary>
public enum JsonAtaNodeKind
{
    /// <summary>Steps separated by dots (<see cref="JsonAtaPath"/>); a lone field name is a path of one step.</summary>
    Path,
    /// <summary>A field name step (<see cref="JsonAtaName"/>).</summary>
    Name,
    /// <summary>A string, number, boolean or null literal (<see cref="JsonAtaLiteral"/>).</summary>
    Literal,
    /// <summary>A regular expression literal (<see cref="JsonAtaRegex"/>).</summary>
    Regex,
    /// <summary><c>$name</c>, <c>$</c> or <c>$$</c> (<see cref="JsonAtaVariable"/>).</summary>
    Variable,
    /// <summary><c>*</c>: every value of the object in context.</summary>
    Wildcard,
    /// <summary><c>**</c>: the value in context and every value below it.</summary>
    Descendant,
    /// <summary><c>%</c>: the parent of the value in context (<see cref="JsonAtaParent"/>).</summary>
    Parent,
    /// <summary>An operator between two operands (<see cref="JsonAtaBinary"/>).</summary>
    Binary,
    /// <summary>Unary minus (<see cref="JsonAtaNegate"/>).</summary>
    Negate,
    /// <summary>An array constructor <c>[a, b, 1..3]</c> (<see cref="JsonAtaArray"/>).</summary>
    Array,
    /// <summary>An object constructor <c>{key: value}</c> (<see cref="JsonAtaObject"/>).</summary>
    Object,
    /// <summary><c>test ? then : else</c> (<see cref="JsonAtaCondition"/>).</summary>
    Condition,
    /// <summary><c>(a; b)</c> (<see cref="JsonAtaBlock"/>).</summary>
    Block,
    /// <summary><c>$name := value</c> (<see cref="JsonAtaBind"/>).</summary>
    Bind,
    /// <summary>A function call, or a partial application when an argument is <c>?</c> (<see cref="JsonAtaCall"/>).</summary>
    Call,
    /// <summary>The <c>?</c> argument of a partial application.</summary>
    Placeholder,
    /// <summary><c>function($x){ ... }</c> (<see cref="JsonAtaLambda"/>).</summary>
    Lambda,
    /// <summary><c>value ~&gt; function</c> (<see cref="JsonAtaApply"/>).</summary>
    Apply,
    /// <summary><c>| pattern | update, delete |</c> (<see cref="JsonAtaTransform"/>).</summary>
    Transform,
    /// <summary>The order-by step <c>^(&lt;a, &gt;b)</c> of a path (<see cref="JsonAtaSort"/>).</summary>
    Sort,
}

/// <summary>The operators of <see cref="JsonAtaBinary"/>.</summary>
public enum JsonAtaOperator
{
    /// <summary><c>+</c></summary>
    Add,
    /// <summary><c>-</c></summary>
    Subtract,
    /// <summary><c>*</c></summary>
    Multiply,
    /// <summary><c>/</c></summary>
    Divide,
    /// <summary><c>%</c></summary>
    Modulo,
    /// <summary><c>=</c></summary>
    Equal,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
    /// <summary><c>&amp;</c> (string concatenation)</summary>
    Concatenate,
    /// <summary><c>and</c></summary>
    And,
    /// <summary><c>or</c></summary>
    Or,
    /// <summary><c>in</c></summary>
    In,
    /// <summary><c>..</c> (only inside an array constructor)</summary>
    Range,
}

/// <summary>
/// A node of a parsed JSONata expression. Besides what each kind holds, a node that is a step of a path (or stands
/// where a step could) carries the step's annotations: predicates, a group-by, context and position bindings, and
/// what the parent operator needs. The tree is complete when <see cref="JsonAtaParser.Parse"/> returns it and is
/// never changed afterwards.
/// </summary>
public abstract class JsonAtaNode
{
    private protected JsonAtaNode(JsonAtaNodeKind kind, int position)
    {
        Kind = kind;
        Position = position;
    }

    /// <summary>What the node is.</summary>
    public JsonAtaNodeKind Kind { get; }

    /// <summary>Offset in the expression of the token the node comes from (its operator, for an operator).</summary>
    public int Position { get; }

    /// <summary>True after <c>[]</c>: a result of one value stays an array.</summary>
    public bool KeepArray { get; internal set; }

    /// <summary>Filters applied to the node's whole result (a node that is not a later step of a path).</summary>
    public IReadOnlyList<JsonAtaNode>? Predicates => _predicates;

    /// <summary>Filters and <c>#$i</c> bindings applied to the step's result for each value it is evaluated on.</summary>
    public IReadOnlyList<JsonAtaStage>? Stages => _stages;

    /// <summary>The group-by object constructor after the node (<c>path{key: value}</c>), or null.</summary>
    public JsonAtaGroup? Group { get; internal set; }

    /// <summary>The variable (without <c>$</c>) that <c>@$v</c> binds to each value of this step, or null.</summary>
    public string? Focus { get; internal set; }

    /// <summary>The variable (without <c>$</c>) that <c>#$i</c> binds to each value's position, or null.</summary>
    public string? Index { get; internal set; }

    /// <summary>True when the step takes part in a tuple stream (it or a later step binds variables or reads a parent).</summary>
    public bool Tuple { get; internal set; }

    /// <summary>The parent slot this step fills for a later <c>%</c>, or null.</summary>
    public JsonAtaAncestor? Ancestor { get; internal set; }

    internal List<JsonAtaNode>? _predicates;
    internal List<JsonAtaStage>? _stages;

    /// <summary>Parent slots still looking for the step that fills them (used while the tree is built).</summary>
    internal List<JsonAtaAncestor>? SeekingParent;
}

/// <summary>A filter or a position binding applied to a step.</summary>
/// <param name="Filter">The predicate expression, or null for a position binding.</param>
/// <param name="IndexVariable">For <c>#$i</c>: the variable name without <c>$</c>; otherwise null.</param>
/// <param name="Position">Offset of the <c>[</c> or <c>#</c>.</param>
public sealed record JsonAtaStage(JsonAtaNode? Filter, string? IndexVariable, int Position);

/// <summary>A group-by: the key/value pairs of the object constructor after a step.</summary>
/// <param name="Pairs">The key and value expressions.</param>
/// <param name="Position">Offset of the <c>{</c>.</param>
public sealed record JsonAtaGroup(IReadOnlyList<KeyValuePair<JsonAtaNode, JsonAtaNode>> Pairs, int Position);

/// <summary>What a parent operator reads: the name of the binding a step makes of its input, and how many levels up.</summary>
public sealed class JsonAtaAncestor
{
    internal JsonAtaAncestor(string label, int index)
    {
        Label = label;
        Index = index;
    }

    /// <summary>The binding name (starting with <c>!</c>, which no variable can have).</summary>
    public string Label { get; internal set; }

    internal int Level { get; set; } = 1;

    internal int Index { get; }
}

/// <summary>A path: each step is evaluated on every value the previous step gave, and the results are flattened.</summary>
public sealed class JsonAtaPath : JsonAtaNode
{
    internal JsonAtaPath(List<JsonAtaNode> steps, int position) : base(JsonAtaNodeKind.Path, position) => MutableSteps = steps;

    internal List<JsonAtaNode> MutableSteps { get; }

    /// <summary>The steps in order.</summary>
    public IReadOnlyList<JsonAtaNode> Steps => MutableSteps;

    /// <summary>True when a step has <c>[]</c>: a result of one value stays an array.</summary>
    public bool KeepSingletonArray { get; internal set; }
}

/// <summary>A field name.</summary>
public sealed class JsonAtaName : JsonAtaNode
{
    internal JsonAtaName(string name, bool quoted, int position) : base(JsonAtaNodeKind.Name, position)
    {
        Name = name;
        IsQuoted = quoted;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>True when it was written in backticks (or as a string literal step).</summary>
    public bool IsQuoted { get; }
}

/// <summary>A literal: a string, a number (double), true, false or null.</summary>
public sealed class JsonAtaLiteral : JsonAtaNode
{
    internal JsonAtaLiteral(object? value, int position) : base(JsonAtaNodeKind.Literal, position) => Value = value;

    /// <summary>A <see cref="string"/>, a <see cref="double"/>, a <see cref="bool"/>, or null for JSON null.</summary>
    public object? Value { get; internal set; }
}

/// <summary>A regular expression literal.</summary>
public sealed class JsonAtaRegex : JsonAtaNode
{
    internal JsonAtaRegex(string pattern, string flags, int position) : base(JsonAtaNodeKind.Regex, position)
    {
        Pattern = pattern;
        Flags = flags;
    }

    /// <summary>The pattern between the slashes, in JavaScript's regular expression syntax.</summary>
    public string Pattern { get; }

    /// <summary>The flags after the closing slash: any of <c>i</c> and <c>m</c>.</summary>
    public string Flags { get; }
}

/// <summary>A variable reference.</summary>
public sealed class JsonAtaVariable : JsonAtaNode
{
    internal JsonAtaVariable(string name, int position) : base(JsonAtaNodeKind.Variable, position) => Name = name;

    /// <summary>The name without <c>$</c>: empty for <c>$</c> (the value in context), <c>"$"</c> for <c>$$</c>.</summary>
    public string Name { get; }
}

/// <summary><c>*</c>, <c>**</c> or a placeholder <c>?</c>: a node that holds nothing but its kind.</summary>
public sealed class JsonAtaMarker : JsonAtaNode
{
    internal JsonAtaMarker(JsonAtaNodeKind kind, int position) : base(kind, position) { }
}

/// <summary>The parent operator <c>%</c>.</summary>
public sealed class JsonAtaParent : JsonAtaNode
{
    internal JsonAtaParent(JsonAtaAncestor slot, int position) : base(JsonAtaNodeKind.Parent, position) => Slot = slot;

    /// <summary>The binding that holds the parent.</summary>
    public JsonAtaAncestor Slot { get; }
}

/// <summary>An operator between two operands.</summary>
public sealed class JsonAtaBinary : JsonAtaNode
{
    internal JsonAtaBinary(JsonAtaOperator op, string text, JsonAtaNode left, JsonAtaNode right, int position)
        : base(JsonAtaNodeKind.Binary, position)
    {
        Operator = op;
        OperatorText = text;
        Left = left;
        Right = right;
    }

    /// <summary>The operator.</summary>
    public JsonAtaOperator Operator { get; }

    /// <summary>The operator as written (<c>+</c>, <c>and</c>, ...), which JSONata's messages name.</summary>
    public string OperatorText { get; }

    /// <summary>The left operand.</summary>
    public JsonAtaNode Left { get; }

    /// <summary>The right operand.</summary>
    public JsonAtaNode Right { get; }
}

/// <summary>Unary minus.</summary>
public sealed class JsonAtaNegate : JsonAtaNode
{
    internal JsonAtaNegate(JsonAtaNode operand, int position) : base(JsonAtaNodeKind.Negate, position) => Operand = operand;

    /// <summary>The negated expression.</summary>
    public JsonAtaNode Operand { get; }
}

/// <summary>An array constructor.</summary>
public sealed class JsonAtaArray : JsonAtaNode
{
    internal JsonAtaArray(IReadOnlyList<JsonAtaNode> items, int position) : base(JsonAtaNodeKind.Array, position) => Items = items;

    /// <summary>The item expressions; a range <c>a..b</c> is a <see cref="JsonAtaBinary"/> with <see cref="JsonAtaOperator.Range"/>.</summary>
    public IReadOnlyList<JsonAtaNode> Items { get; }

    /// <summary>True when it is the first or last step of a path, where its array is kept whole rather than flattened.</summary>
    public bool ConsArray { get; internal set; }
}

/// <summary>An object constructor (not after a step; see <see cref="JsonAtaNode.Group"/> for group-by).</summary>
public sealed class JsonAtaObject : JsonAtaNode
{
    internal JsonAtaObject(JsonAtaGroup pairs, int position) : base(JsonAtaNodeKind.Object, position) => Pairs = pairs;

    /// <summary>The key and value expressions.</summary>
    public JsonAtaGroup Pairs { get; }
}

/// <summary><c>test ? then : else</c>.</summary>
public sealed class JsonAtaCondition : JsonAtaNode
{
    internal JsonAtaCondition(JsonAtaNode test, JsonAtaNode then, JsonAtaNode? otherwise, int position)
        : base(JsonAtaNodeKind.Condition, position)
    {
        Test = test;
        Then = then;
        Else = otherwise;
    }

    /// <summary>The condition.</summary>
    public JsonAtaNode Test { get; }

    /// <summary>The value when the condition holds.</summary>
    public JsonAtaNode Then { get; internal set; }

    /// <summary>The value otherwise, or null (the result is then undefined).</summary>
    public JsonAtaNode? Else { get; internal set; }
}

/// <summary><c>(a; b; c)</c>: evaluated in order in a scope of its own; the value is the last one's.</summary>
public sealed class JsonAtaBlock : JsonAtaNode
{
    internal JsonAtaBlock(List<JsonAtaNode> expressions, int position) : base(JsonAtaNodeKind.Block, position) => MutableExpressions = expressions;

    internal List<JsonAtaNode> MutableExpressions { get; }

    /// <summary>The expressions.</summary>
    public IReadOnlyList<JsonAtaNode> Expressions => MutableExpressions;

    /// <summary>True when an expression of the block is an array constructor kept whole.</summary>
    public bool ConsArray { get; internal set; }
}

/// <summary><c>$name := value</c>.</summary>
public sealed class JsonAtaBind : JsonAtaNode
{
    internal JsonAtaBind(JsonAtaVariable variable, JsonAtaNode value, int position) : base(JsonAtaNodeKind.Bind, position)
    {
        Variable = variable;
        Value = value;
    }

    /// <summary>The variable bound.</summary>
    public JsonAtaVariable Variable { get; }

    /// <summary>The value expression.</summary>
    public JsonAtaNode Value { get; }
}

/// <summary>A call <c>f(a, b)</c>, or a partial application when an argument is a placeholder <c>?</c>.</summary>
public sealed class JsonAtaCall : JsonAtaNode
{
    internal JsonAtaCall(JsonAtaNode procedure, IReadOnlyList<JsonAtaNode> arguments, bool partial, int position)
        : base(JsonAtaNodeKind.Call, position)
    {
        Procedure = procedure;
        Arguments = arguments;
        IsPartial = partial;
    }

    /// <summary>What is called: usually a variable such as <c>$sum</c>.</summary>
    public JsonAtaNode Procedure { get; }

    /// <summary>The arguments; placeholders are <see cref="JsonAtaNodeKind.Placeholder"/> nodes.</summary>
    public IReadOnlyList<JsonAtaNode> Arguments { get; }

    /// <summary>True for a partial application (an argument is <c>?</c>).</summary>
    public bool IsPartial { get; }

    /// <summary>True when the call is the last thing a function body does, so it can run without growing the stack.</summary>
    public bool IsTailCall { get; internal set; }

    /// <summary>The name that calls are reported by: the variable or field name of <see cref="Procedure"/>, or null.</summary>
    public string? ProcedureName => Procedure switch
    {
        JsonAtaVariable variable => variable.Name,
        JsonAtaPath { Steps.Count: > 0 } path when path.Steps[0] is JsonAtaName name => name.Name,
        _ => null,
    };
}

/// <summary>A function definition.</summary>
public sealed class JsonAtaLambda : JsonAtaNode
{
    internal JsonAtaLambda(IReadOnlyList<string> parameters, JsonAtaSignature? signature, JsonAtaNode body, int position)
        : base(JsonAtaNodeKind.Lambda, position)
    {
        Parameters = parameters;
        Signature = signature;
        Body = body;
    }

    /// <summary>The parameter names without <c>$</c>.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The declared signature (<c>&lt;n-n:n&gt;</c>), or null.</summary>
    public JsonAtaSignature? Signature { get; }

    /// <summary>The body.</summary>
    public JsonAtaNode Body { get; }
}

/// <summary><c>value ~&gt; function</c>: calls the function with the value as first argument, or composes two functions.</summary>
public sealed class JsonAtaApply : JsonAtaNode
{
    internal JsonAtaApply(JsonAtaNode left, JsonAtaNode right, int position) : base(JsonAtaNodeKind.Apply, position)
    {
        Left = left;
        Right = right;
    }

    /// <summary>The value (or function) on the left.</summary>
    public JsonAtaNode Left { get; }

    /// <summary>The function on the right; a call gets the left value as its first argument.</summary>
    public JsonAtaNode Right { get; }
}

/// <summary><c>| pattern | update, delete |</c>: a function that copies its argument and changes the matched objects.</summary>
public sealed class JsonAtaTransform : JsonAtaNode
{
    internal JsonAtaTransform(JsonAtaNode pattern, JsonAtaNode update, JsonAtaNode? delete, int position)
        : base(JsonAtaNodeKind.Transform, position)
    {
        Pattern = pattern;
        Update = update;
        Delete = delete;
    }

    /// <summary>Selects the objects to change.</summary>
    public JsonAtaNode Pattern { get; }

    /// <summary>An object whose members are merged into each selected object.</summary>
    public JsonAtaNode Update { get; }

    /// <summary>The names of members to remove, or null.</summary>
    public JsonAtaNode? Delete { get; }
}

/// <summary>The order-by step of a path.</summary>
public sealed class JsonAtaSort : JsonAtaNode
{
    internal JsonAtaSort(IReadOnlyList<JsonAtaSortTerm> terms, int position) : base(JsonAtaNodeKind.Sort, position) => Terms = terms;

    /// <summary>The sort keys, most significant first.</summary>
    public IReadOnlyList<JsonAtaSortTerm> Terms { get; }
}

/// <summary>One sort key: <c>&gt;expr</c> sorts descending, <c>expr</c> or <c>&lt;expr</c> ascending.</summary>
/// <param name="Descending">True for <c>&gt;</c>.</param>
/// <param name="Expression">The key, evaluated on each value.</param>
public sealed record JsonAtaSortTerm(bool Descending, JsonAtaNode Expression);
