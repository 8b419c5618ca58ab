using System.Collections.Generic;
using System.Linq;

namespace Asl;

/// <summary>
/// The intermediate form of a C# lambda over a state's data (<c>(Order o) =&gt; o.Total &gt; 1000</c>), read either from an
/// expression tree at run time (<see cref="ExpressionTreeReader"/>) or from the compiler's bound operations at build
/// time (the source generator's reader). Both readers produce this form, and <see cref="JsonPathWriter"/> and
/// <see cref="JsonAtaWriter"/> write ASL from it, so run time and compile time write the same definition.
/// Every node keeps the C# text it came from (for messages) and, at compile time, its source origin (for diagnostics).
/// </summary>
internal abstract class DataExpression
{
    protected DataExpression(DataKind kind, string text, object? origin)
    {
        Kind = kind;
        Text = text;
        Origin = origin;
    }

    /// <summary>The JSON kind of the value, from the C# type.</summary>
    public DataKind Kind { get; }

    /// <summary>The C# text of the expression.</summary>
    public string Text { get; }

    /// <summary>Where the expression is in the C# source (compile time), or null.</summary>
    public object? Origin { get; }
}

/// <summary>The JSON kind of a C# value: what a comparison or an operator means for it.</summary>
internal enum DataKind
{
    /// <summary>A type JSON gives no single kind (object, a type of the user's).</summary>
    Other,
    /// <summary>string, char, enum (written by name).</summary>
    String,
    /// <summary>An integral number (int, long, ...).</summary>
    Integer,
    /// <summary>A number with a fraction (double, decimal, float).</summary>
    Real,
    /// <summary>bool.</summary>
    Boolean,
    /// <summary>An array or list.</summary>
    Array,
}

/// <summary>
/// A path through members (their JSON names) from a lambda parameter (<c>o.Customer.Name</c>) or from a computed value
/// (<c>o.Items.First().Sku</c>, which only JSONata can read).
/// </summary>
internal sealed class DataPath : DataExpression
{
    public DataPath(string parameter, IReadOnlyList<DataName> segments, DataKind kind, string text, object? origin, DataExpression? source = null) : base(kind, text, origin)
    {
        Parameter = parameter;
        Segments = segments;
        Source = source;
    }

    /// <summary>The parameter the path starts at (when <see cref="Source"/> is null).</summary>
    public string Parameter { get; }

    /// <summary>The computed value the path starts at, or null.</summary>
    public DataExpression? Source { get; }

    /// <summary>The member names, in order (their JSON names under the machine's naming policy).</summary>
    public IReadOnlyList<DataName> Segments { get; }
}

/// <summary>A value known when the workflow is built: a literal, or C# that does not read the lambda's parameters.</summary>
internal sealed class DataConstant : DataExpression
{
    public DataConstant(object? value, DataKind kind, string text, object? origin) : base(kind, text, origin) => Value = value;

    /// <summary>null, string, bool, or a number (long, double, decimal).</summary>
    public object? Value { get; }
}

/// <summary>The operators of C# a lambda may use on data.</summary>
internal enum DataOperator
{
    Add, Subtract, Multiply, Divide, Remainder, Concat,
    Equal, NotEqual, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual,
    And, Or, Coalesce, Not, Negate,
}

/// <summary>A binary operator; <see cref="DataOperator.Concat"/> is <c>+</c> on strings.</summary>
internal sealed class DataBinary : DataExpression
{
    public DataBinary(DataOperator op, DataExpression left, DataExpression right, DataKind kind, string text, object? origin) : base(kind, text, origin)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    public DataOperator Operator { get; }

    public DataExpression Left { get; }

    public DataExpression Right { get; }
}

/// <summary><c>!x</c> or <c>-x</c>.</summary>
internal sealed class DataUnary : DataExpression
{
    public DataUnary(DataOperator op, DataExpression operand, DataKind kind, string text, object? origin) : base(kind, text, origin)
    {
        Operator = op;
        Operand = operand;
    }

    public DataOperator Operator { get; }

    public DataExpression Operand { get; }
}

/// <summary><c>test ? whenTrue : whenFalse</c>.</summary>
internal sealed class DataConditional : DataExpression
{
    public DataConditional(DataExpression test, DataExpression whenTrue, DataExpression whenFalse, DataKind kind, string text, object? origin) : base(kind, text, origin)
    {
        Test = test;
        WhenTrue = whenTrue;
        WhenFalse = whenFalse;
    }

    public DataExpression Test { get; }

    public DataExpression WhenTrue { get; }

    public DataExpression WhenFalse { get; }
}

/// <summary>
/// A call of a string member (<c>ToUpper</c>, <c>Contains</c>, <c>StartsWith</c>, <c>EndsWith</c>, <c>Substring</c>,
/// <c>Trim</c>, <c>ToLower</c>, <c>Length</c>), of a LINQ operator over an array (<c>Select</c>, <c>Where</c>, <c>Sum</c>,
/// <c>Count</c>, <c>Min</c>, <c>Max</c>, <c>Average</c>, <c>Any</c>, <c>All</c>, <c>First</c>, <c>Contains</c>), or <c>ToString</c>.
/// The target is the receiver (or the extension method's first argument).
/// </summary>
internal sealed class DataCall : DataExpression
{
    public DataCall(string method, DataExpression target, IReadOnlyList<DataExpression> arguments, DataKind kind, string text, object? origin) : base(kind, text, origin)
    {
        Method = method;
        Target = target;
        Arguments = arguments;
    }

    public string Method { get; }

    public DataExpression Target { get; }

    public IReadOnlyList<DataExpression> Arguments { get; }
}

/// <summary>A lambda given to a LINQ operator: <c>i =&gt; i.Price</c>.</summary>
internal sealed class DataFunction : DataExpression
{
    public DataFunction(string parameter, DataExpression body, string text, object? origin) : base(DataKind.Other, text, origin)
    {
        Parameter = parameter;
        Body = body;
    }

    public string Parameter { get; }

    public DataExpression Body { get; }
}

/// <summary>An object creation (<c>new { ... }</c>, <c>new Record(...)</c>, an object initializer): members by JSON name, in order.</summary>
internal sealed class DataObject : DataExpression
{
    public DataObject(IReadOnlyList<DataMember> members, string text, object? origin) : base(DataKind.Other, text, origin) => Members = members;

    public IReadOnlyList<DataMember> Members { get; }
}

/// <summary>A member of a <see cref="DataObject"/>.</summary>
internal sealed class DataMember
{
    public DataMember(DataName name, DataExpression value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The member's name (its JSON name under the machine's naming policy).</summary>
    public DataName Name { get; }

    public DataExpression Value { get; }
}

/// <summary>
/// A lambda over the state's data as the builders keep it until the state is built: its body, the parameter that is the
/// state input, the C# type of that parameter (for the input-type check), and the parameter that is the context object
/// (<see cref="Ctx"/>, whose <c>Vars</c> are the workflow variables), if the lambda has one.
/// </summary>
internal sealed class DataLambda
{
    public DataLambda(string input, string inputType, DataExpression body, object? origin, string? context = null)
    {
        Input = input;
        InputType = inputType;
        Body = body;
        Origin = origin;
        Context = context;
    }

    /// <summary>The name of the parameter that is the state input.</summary>
    public string Input { get; }

    /// <summary>The C# type of the state input, as written.</summary>
    public string InputType { get; }

    /// <summary>The name of the parameter that is the context object, or null.</summary>
    public string? Context { get; }

    public DataExpression Body { get; }

    /// <summary>Where the lambda is (compile time), or null.</summary>
    public object? Origin { get; }

    /// <summary>The C# type the lambda returns, named as <see cref="InputType"/> is (the type of the data it writes), or null.</summary>
    public string? ResultType { get; init; }

    /// <summary>
    /// Where a path of the lambda's parameters starts: the state input, the context object, or a workflow variable
    /// (<c>c.Vars.total</c>, whose name is given, as written); <paramref name="rest"/> are the names after that start.
    /// A path from a parameter that is neither (a LINQ lambda's) is <see cref="DataRoot.Other"/>.
    /// </summary>
    public DataRoot RootOf(DataPath path, out string variable, out IReadOnlyList<DataName> rest)
    {
        variable = "";
        rest = path.Segments;
        if (path.Parameter == Input) return DataRoot.Input;
        if (path.Parameter != Context) return DataRoot.Other;
        if (path.Segments.Count == 0 || path.Segments[0].Name != nameof(Ctx<object>.Vars)) return DataRoot.Context;
        if (path.Segments.Count == 1)
            throw DataLambdaErrors.Untranslatable(path, "the variables are read one at a time: read a member of Vars (c.Vars.total), which is the variable of its name");
        variable = path.Segments[1].Name;
        rest = path.Segments.Skip(2).ToArray();
        return DataRoot.Variable;
    }
}

/// <summary>Where a path of a data lambda starts.</summary>
internal enum DataRoot
{
    /// <summary>The state input.</summary>
    Input,
    /// <summary>The context object.</summary>
    Context,
    /// <summary>A workflow variable.</summary>
    Variable,
    /// <summary>A LINQ lambda's parameter.</summary>
    Other,
}
