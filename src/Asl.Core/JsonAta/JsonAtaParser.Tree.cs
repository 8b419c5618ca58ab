using System.Collections.Generic;
using System.Globalization;

namespace Asl.JsonAta;

public sealed partial class JsonAtaParser
{
    private enum RawKind
    {
        Name, Variable, String, Number, Value, Regex, Wildcard, Descendant, Parent, Placeholder, End,
        Binary, Negate, ArrayConstructor, ObjectConstructor, Group, Sort, Function, Partial, Lambda, Condition, Transform, Block,
    }

    /// <summary>The tree as the Pratt parser builds it, before steps are gathered into paths.</summary>
    private sealed class RawNode
    {
        public RawNode(RawKind kind, JsonAtaToken token)
        {
            Kind = kind;
            Position = token.Start;
            Token = token;
        }

        public RawKind Kind { get; }
        public int Position { get; }
        public JsonAtaToken Token { get; }
        public string? Text { get; set; }
        public object? Literal { get; set; }
        public string? Flags { get; set; }
        public bool Quoted { get; set; }
        public RawNode? Lhs { get; set; }
        public RawNode? Rhs { get; set; }
        public RawNode? Else { get; set; }
        public List<RawNode>? Items { get; set; }
        public JsonAtaSignature? Signature { get; set; }
        public bool KeepArray { get; set; }
        public bool Descending { get; set; }

        /// <summary>How deep the tree under this node is, counting a chain of path steps as one level.</summary>
        public int Depth { get; private set; } = 1;

        /// <summary>The token's value as JSON, as JSONata's messages show it.</summary>
        public string TokenJson => TokenValue(Token);

        /// <summary>The token's text.</summary>
        public string TokenText => JsonAtaParser.TokenText(Token);

        public static RawNode Binary(JsonAtaToken op, RawNode left, RawNode right)
        {
            var node = new RawNode(RawKind.Binary, op) { Text = op.Text, Lhs = left, Rhs = right };
            // Steps joined by dots become one flat path, walked in a loop: only the step on the right nests.
            node.Depth = op.Text == "." ? System.Math.Max(left.Depth, right.Depth + 1) : 1 + System.Math.Max(left.Depth, right.Depth);
            return node.Checked();
        }

        public static RawNode Unary(JsonAtaToken op, string text, RawNode operand) =>
            new RawNode(RawKind.Negate, op) { Text = text, Lhs = operand }.Deepen(operand);

        public RawNode Deepen(params RawNode?[] children)
        {
            foreach (var child in children)
                if (child is not null && child.Depth + 1 > Depth) Depth = child.Depth + 1;
            return Checked();
        }

        public RawNode Deepen(List<RawNode> children)
        {
            foreach (var child in children)
                if (child.Depth + 1 > Depth) Depth = child.Depth + 1;
            return Checked();
        }

        private RawNode Checked()
        {
            if (Depth <= MaxDepth) return this;
            throw new JsonAtaSyntaxException(new JsonAtaSyntaxError(
                $"the expression nests more than {MaxDepth} levels deep; AWS stops evaluating at a depth of about 100. Split it, for example with variables ($x := ...)", Position)
            {
                Code = "U1001",
                JsonAtaMessage = "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.",
                IsTooDeep = true,
            });
        }
    }

    /// <summary>
    /// Turns the raw tree into the final one: dotted steps become paths, predicates, group-bys, sort terms and
    /// <c>@</c>/<c>#</c> bindings attach to the step they follow, parent references find the step that supplies
    /// the parent, and calls in the tail position of a function body are marked so that they run in a loop.
    /// </summary>
    private sealed class PathBuilder
    {
        private int _nextLabel;

        public JsonAtaNode Process(RawNode raw)
        {
            var result = ProcessKind(raw);
            if (raw.KeepArray) result.KeepArray = true;
            return result;
        }

        private JsonAtaNode ProcessKind(RawNode raw)
        {
            switch (raw.Kind)
            {
                case RawKind.Binary:
                    return Binary(raw);
                case RawKind.Negate:
                {
                    var operand = Process(raw.Lhs!);
                    if (operand is JsonAtaLiteral { Value: double number } literal)
                    {
                        literal.Value = -number;
                        return literal;
                    }
                    var negate = new JsonAtaNegate(operand, raw.Position);
                    PushAncestry(negate, operand);
                    return negate;
                }
                case RawKind.ArrayConstructor:
                {
                    var items = new List<JsonAtaNode>(raw.Items!.Count);
                    var array = new JsonAtaArray(items, raw.Position);
                    foreach (var item in raw.Items)
                    {
                        var value = Process(item);
                        PushAncestry(array, value);
                        items.Add(value);
                    }
                    return array;
                }
                case RawKind.ObjectConstructor:
                {
                    var pairs = new List<KeyValuePair<JsonAtaNode, JsonAtaNode>>(raw.Items!.Count / 2);
                    var obj = new JsonAtaObject(new JsonAtaGroup(pairs, raw.Position), raw.Position);
                    for (var i = 0; i < raw.Items.Count; i += 2)
                    {
                        var key = Process(raw.Items[i]);
                        PushAncestry(obj, key);
                        var value = Process(raw.Items[i + 1]);
                        PushAncestry(obj, value);
                        pairs.Add(new KeyValuePair<JsonAtaNode, JsonAtaNode>(key, value));
                    }
                    return obj;
                }
                case RawKind.Group:
                {
                    var result = Process(raw.Lhs!);
                    if (result.Group is not null)
                        throw JsonAtaLexer.Error("S0210", "a step can have only one group-by { }; put the second one in a later step", raw.Position);
                    var pairs = new List<KeyValuePair<JsonAtaNode, JsonAtaNode>>(raw.Items!.Count / 2);
                    for (var i = 0; i < raw.Items.Count; i += 2)
                        pairs.Add(new KeyValuePair<JsonAtaNode, JsonAtaNode>(Process(raw.Items[i]), Process(raw.Items[i + 1])));
                    result.Group = new JsonAtaGroup(pairs, raw.Position);
                    return result;
                }
                case RawKind.Sort:
                {
                    var result = AsPath(Process(raw.Lhs!));
                    var terms = new List<JsonAtaSortTerm>(raw.Items!.Count);
                    var sort = new JsonAtaSort(terms, raw.Position);
                    foreach (var term in raw.Items)
                    {
                        var expression = Process(term);
                        PushAncestry(sort, expression);
                        terms.Add(new JsonAtaSortTerm(term.Descending, expression));
                    }
                    result.MutableSteps.Add(sort);
                    ResolveAncestry(result);
                    return result;
                }
                case RawKind.Function:
                case RawKind.Partial:
                {
                    var arguments = new List<JsonAtaNode>(raw.Items!.Count);
                    var procedure = Process(raw.Lhs!);
                    var call = new JsonAtaCall(procedure, arguments, raw.Kind == RawKind.Partial, raw.Position);
                    foreach (var argument in raw.Items)
                    {
                        var value = Process(argument);
                        PushAncestry(call, value);
                        arguments.Add(value);
                    }
                    return call;
                }
                case RawKind.Lambda:
                {
                    var parameters = raw.Items!.ConvertAll(p => p.Text!);
                    return new JsonAtaLambda(parameters, raw.Signature, TailCallOptimize(Process(raw.Rhs!)), raw.Position);
                }
                case RawKind.Condition:
                {
                    var test = Process(raw.Lhs!);
                    var then = Process(raw.Rhs!);
                    var otherwise = raw.Else is null ? null : Process(raw.Else);
                    var condition = new JsonAtaCondition(test, then, otherwise, raw.Position);
                    PushAncestry(condition, test);
                    PushAncestry(condition, then);
                    if (otherwise is not null) PushAncestry(condition, otherwise);
                    return condition;
                }
                case RawKind.Transform:
                    return new JsonAtaTransform(Process(raw.Lhs!), Process(raw.Rhs!), raw.Else is null ? null : Process(raw.Else), raw.Position);
                case RawKind.Block:
                {
                    var expressions = new List<JsonAtaNode>(raw.Items!.Count);
                    var block = new JsonAtaBlock(expressions, raw.Position);
                    foreach (var item in raw.Items)
                    {
                        var part = Process(item);
                        PushAncestry(block, part);
                        if (part is JsonAtaArray { ConsArray: true } or JsonAtaBlock { ConsArray: true }
                            || part is JsonAtaPath path && path.Steps[0] is JsonAtaArray { ConsArray: true })
                            block.ConsArray = true;
                        expressions.Add(part);
                    }
                    return block;
                }
                case RawKind.Name:
                {
                    var name = new JsonAtaName(raw.Text!, raw.Quoted, raw.Position) { KeepArray = raw.KeepArray };
                    return new JsonAtaPath(new List<JsonAtaNode> { name }, raw.Position) { KeepSingletonArray = raw.KeepArray };
                }
                case RawKind.Parent:
                    return new JsonAtaParent(new JsonAtaAncestor("!" + _nextLabel.ToString(CultureInfo.InvariantCulture), _nextLabel++), raw.Position);
                case RawKind.String:
                case RawKind.Number:
                case RawKind.Value:
                    return new JsonAtaLiteral(raw.Literal, raw.Position);
                case RawKind.Regex:
                    return new JsonAtaRegex(raw.Text!, raw.Flags!, raw.Position);
                case RawKind.End:
                    // An operand missing at the end: JSONata reads it as the end token and refuses it here.
                    throw JsonAtaLexer.Error("S0207", raw.Text is { } last
                            ? $"the expression ends after '{last}', where an operand is expected"
                            : "the expression is empty; write an expression between {% and %}",
                        raw.Position, token: "(end)");
                case RawKind.Variable:
                    return new JsonAtaVariable(raw.Text!, raw.Position);
                case RawKind.Wildcard:
                    return new JsonAtaMarker(JsonAtaNodeKind.Wildcard, raw.Position);
                case RawKind.Descendant:
                    return new JsonAtaMarker(JsonAtaNodeKind.Descendant, raw.Position);
                default:
                    return new JsonAtaMarker(JsonAtaNodeKind.Placeholder, raw.Position);
            }
        }

        private JsonAtaNode Binary(RawNode raw)
        {
            switch (raw.Text)
            {
                case ".":
                    return Steps(raw);
                case "[":
                {
                    var result = Process(raw.Lhs!);
                    var step = result is JsonAtaPath path ? path.MutableSteps[path.MutableSteps.Count - 1] : result;
                    if (step.Group is not null)
                        throw JsonAtaLexer.Error("S0209", "a predicate [ ] cannot follow a group-by { } in the same step; filter before grouping", raw.Position);
                    var predicate = Process(raw.Rhs!);
                    if (predicate.SeekingParent is { } slots)
                    {
                        foreach (var slot in slots)
                        {
                            if (slot.Level == 1) SeekParent(step, slot);
                            else slot.Level--;
                        }
                        PushAncestry(step, predicate);
                    }
                    if (result is JsonAtaPath) (step._stages ??= new List<JsonAtaStage>()).Add(new JsonAtaStage(predicate, null, raw.Position));
                    else (step._predicates ??= new List<JsonAtaNode>()).Add(predicate);
                    return result;
                }
                case ":=":
                {
                    var variable = (JsonAtaVariable)Process(raw.Lhs!);
                    var value = Process(raw.Rhs!);
                    var bind = new JsonAtaBind(variable, value, raw.Position);
                    PushAncestry(bind, value);
                    return bind;
                }
                case "@":
                {
                    var result = Process(raw.Lhs!);
                    var step = result is JsonAtaPath path ? path.MutableSteps[path.MutableSteps.Count - 1] : result;
                    if (step.Stages is not null || step.Predicates is not null)
                        throw JsonAtaLexer.Error("S0215", "a context binding @$v must come before any predicate [ ] on the step", raw.Position);
                    if (step.Kind == JsonAtaNodeKind.Sort)
                        throw JsonAtaLexer.Error("S0216", "a context binding @$v must come before the order-by ^( ) of the step", raw.Position);
                    if (raw.KeepArray) step.KeepArray = true;
                    step.Focus = raw.Rhs!.Text;
                    step.Tuple = true;
                    return result;
                }
                case "#":
                {
                    var result = Process(raw.Lhs!);
                    JsonAtaNode step;
                    if (result is JsonAtaPath path) step = path.MutableSteps[path.MutableSteps.Count - 1];
                    else
                    {
                        step = result;
                        result = new JsonAtaPath(new List<JsonAtaNode> { step }, step.Position);
                        if (step._predicates is { } predicates)
                        {
                            step._stages = predicates.ConvertAll(p => new JsonAtaStage(p, null, p.Position));
                            step._predicates = null;
                        }
                    }
                    if (step._stages is null) step.Index = raw.Rhs!.Text;
                    else step._stages.Add(new JsonAtaStage(null, raw.Rhs!.Text, raw.Position));
                    step.Tuple = true;
                    return result;
                }
                case "~>":
                {
                    var left = Process(raw.Lhs!);
                    var right = Process(raw.Rhs!);
                    return new JsonAtaApply(left, right, raw.Position) { KeepArray = left.KeepArray || right.KeepArray };
                }
                default:
                {
                    var left = Process(raw.Lhs!);
                    var right = Process(raw.Rhs!);
                    var binary = new JsonAtaBinary(Operator(raw.Text!), raw.Text!, left, right, raw.Position);
                    PushAncestry(binary, left);
                    PushAncestry(binary, right);
                    return binary;
                }
            }
        }

        private static JsonAtaOperator Operator(string text) => text switch
        {
            "+" => JsonAtaOperator.Add,
            "-" => JsonAtaOperator.Subtract,
            "*" => JsonAtaOperator.Multiply,
            "/" => JsonAtaOperator.Divide,
            "%" => JsonAtaOperator.Modulo,
            "=" => JsonAtaOperator.Equal,
            "!=" => JsonAtaOperator.NotEqual,
            "<" => JsonAtaOperator.Less,
            "<=" => JsonAtaOperator.LessOrEqual,
            ">" => JsonAtaOperator.Greater,
            ">=" => JsonAtaOperator.GreaterOrEqual,
            "&" => JsonAtaOperator.Concatenate,
            "and" => JsonAtaOperator.And,
            "or" => JsonAtaOperator.Or,
            "in" => JsonAtaOperator.In,
            _ => JsonAtaOperator.Range,
        };

        private static JsonAtaPath AsPath(JsonAtaNode node) =>
            node as JsonAtaPath ?? new JsonAtaPath(new List<JsonAtaNode> { node }, node.Position);

        /// <summary>
        /// <c>a.b.c</c>: the chain of dots is walked in a loop (not recursively, so a path of any length is safe),
        /// each step on the right being appended as JSONata appends it, one dot at a time.
        /// </summary>
        private JsonAtaNode Steps(RawNode raw)
        {
            var rights = new List<RawNode>();
            var leftmost = raw;
            while (leftmost.Kind == RawKind.Binary && leftmost.Text == "." && !leftmost.KeepArray)
            {
                rights.Add(leftmost.Rhs!);
                leftmost = leftmost.Lhs!;
            }

            var first = Process(leftmost);
            var result = first as JsonAtaPath ?? new JsonAtaPath(new List<JsonAtaNode> { first }, first.Position);
            if (first is JsonAtaParent parent) result.SeekingParent = new List<JsonAtaAncestor> { parent.Slot };

            for (var r = rights.Count - 1; r >= 0; r--)
            {
                var rest = Process(rights[r]);
                var appendedFrom = result.MutableSteps.Count;
                if (rest is JsonAtaPath restPath)
                {
                    result.MutableSteps.AddRange(restPath.MutableSteps);
                }
                else
                {
                    if (rest._predicates is { } predicates)
                    {
                        rest._stages = predicates.ConvertAll(p => new JsonAtaStage(p, null, p.Position));
                        rest._predicates = null;
                    }
                    result.MutableSteps.Add(rest);
                }

                var steps = result.MutableSteps;
                // JSONata looks at every step at each dot; the steps before this dot were looked at already, except the first.
                for (var i = r == rights.Count - 1 ? 0 : appendedFrom; i < steps.Count; i++)
                {
                    var step = steps[i];
                    if (step is JsonAtaLiteral literal)
                    {
                        if (literal.Value is not string text)
                            throw JsonAtaLexer.Error("S0213", $"the literal {ShowLiteral(literal.Value)} cannot be a step of a path; a step is a field name, a variable, or an expression in ( )",
                                step.Position, value: ShowLiteral(literal.Value));
                        steps[i] = step = CopyAnnotations(literal, new JsonAtaName(text, quoted: true, literal.Position));
                    }
                    if (step.KeepArray) result.KeepSingletonArray = true;
                }
                if (steps[0] is JsonAtaArray firstArray) firstArray.ConsArray = true;
                if (steps[steps.Count - 1] is JsonAtaArray lastArray) lastArray.ConsArray = true;
                ResolveAncestry(result);
            }
            return result;
        }

        private static JsonAtaNode CopyAnnotations(JsonAtaNode from, JsonAtaNode to)
        {
            to.KeepArray = from.KeepArray;
            to._predicates = from._predicates;
            to._stages = from._stages;
            to.Group = from.Group;
            to.Focus = from.Focus;
            to.Index = from.Index;
            to.Tuple = from.Tuple;
            to.Ancestor = from.Ancestor;
            to.SeekingParent = from.SeekingParent;
            return to;
        }

        private static string ShowLiteral(object? value) => value switch
        {
            null => "null",
            bool b => b ? "true" : "false",
            double d => JsonAtaNumbers.Format(d),
            _ => JsonAtaErrorCodes.Quote(value.ToString()!),
        };

        /// <summary>Collects the parent slots an operand still looks for into the node that holds it.</summary>
        private static void PushAncestry(JsonAtaNode result, JsonAtaNode value)
        {
            if (value.SeekingParent is null && value is not JsonAtaParent) return;
            var slots = value.SeekingParent ?? new List<JsonAtaAncestor>();
            if (value is JsonAtaParent parent) slots.Add(parent.Slot);
            if (result.SeekingParent is null) result.SeekingParent = slots;
            else result.SeekingParent.AddRange(slots);
        }

        /// <summary>Finds, for each parent slot of the path's last step, the earlier step whose input is that parent.</summary>
        private static void ResolveAncestry(JsonAtaPath path)
        {
            var steps = path.MutableSteps;
            var last = steps[steps.Count - 1];
            var slots = last.SeekingParent ?? new List<JsonAtaAncestor>();
            if (last is JsonAtaParent parent) slots.Add(parent.Slot);
            for (var s = 0; s < slots.Count; s++)
            {
                var slot = slots[s];
                var index = steps.Count - 2;
                while (slot.Level > 0)
                {
                    if (index < 0)
                    {
                        (path.SeekingParent ??= new List<JsonAtaAncestor>()).Add(slot);
                        break;
                    }
                    var step = steps[index--];
                    // Contiguous steps that each bind the context (@$v) count as one.
                    while (index >= 0 && step.Focus is not null && steps[index].Focus is not null) step = steps[index--];
                    slot = SeekParent(step, slot);
                }
            }
        }

        private static JsonAtaAncestor SeekParent(JsonAtaNode node, JsonAtaAncestor slot)
        {
            switch (node.Kind)
            {
                case JsonAtaNodeKind.Name:
                case JsonAtaNodeKind.Wildcard:
                    slot.Level--;
                    if (slot.Level == 0)
                    {
                        if (node.Ancestor is { } existing) slot.Label = existing.Label;
                        node.Ancestor = slot;
                        node.Tuple = true;
                    }
                    break;
                case JsonAtaNodeKind.Parent:
                    slot.Level++;
                    break;
                case JsonAtaNodeKind.Block:
                {
                    var block = (JsonAtaBlock)node;
                    if (block.Expressions.Count > 0)
                    {
                        block.Tuple = true;
                        slot = SeekParent(block.Expressions[block.Expressions.Count - 1], slot);
                    }
                    break;
                }
                case JsonAtaNodeKind.Path:
                {
                    var path = (JsonAtaPath)node;
                    path.Tuple = true;
                    var index = path.Steps.Count - 1;
                    slot = SeekParent(path.Steps[index--], slot);
                    while (slot.Level > 0 && index >= 0) slot = SeekParent(path.Steps[index--], slot);
                    break;
                }
                default:
                    throw JsonAtaLexer.Error("S0217", "'%' (the parent) cannot be found from this expression; use it after a field name step, as in items.(%.name)",
                        node.Position, token: KindName(node));
            }
            return slot;
        }

        /// <summary>Marks a call that is the last thing a function body does, so that recursion through it runs in a loop.</summary>
        private static JsonAtaNode TailCallOptimize(JsonAtaNode body)
        {
            switch (body)
            {
                case JsonAtaCall { IsPartial: false, Predicates: null, Group: null } call:
                    call.IsTailCall = true;
                    break;
                case JsonAtaCondition condition:
                    condition.Then = TailCallOptimize(condition.Then);
                    if (condition.Else is not null) condition.Else = TailCallOptimize(condition.Else);
                    break;
                case JsonAtaBlock { MutableExpressions.Count: > 0 } block:
                    var last = block.MutableExpressions.Count - 1;
                    block.MutableExpressions[last] = TailCallOptimize(block.MutableExpressions[last]);
                    break;
            }
            return body;
        }
    }
}
