using Asl.Json;

namespace Asl.Local.Jsonata;

/// <summary>The parsed form of the JSONata subset the local engine evaluates.</summary>
internal abstract record JsonAtaNode(int Position);

/// <summary>A string, number, boolean or null literal.</summary>
internal sealed record LiteralNode(AslJson Value, int Position) : JsonAtaNode(Position);

/// <summary>A field name step (<c>total</c>, <c>`first name`</c>).</summary>
internal sealed record NameNode(string Name, int Position) : JsonAtaNode(Position);

/// <summary>A variable: <c>$states</c>, a workflow variable, a local binding, or <c>$</c> (the context value).</summary>
internal sealed record VariableNode(string Name, int Position) : JsonAtaNode(Position);

/// <summary>A path: steps separated by dots, each evaluated on the previous step's value.</summary>
internal sealed record PathNode(IReadOnlyList<JsonAtaNode> Steps, int Position) : JsonAtaNode(Position);

/// <summary><c>expr[predicate]</c>: an index (number) or a filter (boolean) over the value's items.</summary>
internal sealed record PredicateNode(JsonAtaNode Source, JsonAtaNode Predicate, int Position) : JsonAtaNode(Position);

/// <summary>A binary operator.</summary>
internal sealed record BinaryNode(string Operator, JsonAtaNode Left, JsonAtaNode Right, int Position) : JsonAtaNode(Position);

/// <summary>Unary minus.</summary>
internal sealed record NegateNode(JsonAtaNode Operand, int Position) : JsonAtaNode(Position);

/// <summary><c>test ? then : else</c> (else optional).</summary>
internal sealed record ConditionNode(JsonAtaNode Test, JsonAtaNode Then, JsonAtaNode? Else, int Position) : JsonAtaNode(Position);

/// <summary><c>[a, b, 1..3]</c>.</summary>
internal sealed record ArrayNode(IReadOnlyList<JsonAtaNode> Items, int Position) : JsonAtaNode(Position);

/// <summary><c>start..end</c> inside an array constructor.</summary>
internal sealed record RangeNode(JsonAtaNode Start, JsonAtaNode End, int Position) : JsonAtaNode(Position);

/// <summary><c>{ key: value, ... }</c>.</summary>
internal sealed record ObjectNode(IReadOnlyList<(JsonAtaNode Key, JsonAtaNode Value)> Members, int Position) : JsonAtaNode(Position);

/// <summary><c>$name(arguments)</c>.</summary>
internal sealed record CallNode(string Name, IReadOnlyList<JsonAtaNode> Arguments, int Position) : JsonAtaNode(Position);

/// <summary><c>( expr; expr; ... )</c>: evaluates in order, gives the last value; bindings stay inside.</summary>
internal sealed record BlockNode(IReadOnlyList<JsonAtaNode> Expressions, int Position) : JsonAtaNode(Position);

/// <summary><c>$name := expr</c>.</summary>
internal sealed record BindNode(string Name, JsonAtaNode Value, int Position) : JsonAtaNode(Position);
