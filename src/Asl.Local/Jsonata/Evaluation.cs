using System.Diagnostics;
using System.Runtime.CompilerServices;
using Asl.JsonAta;

namespace Asl.Local.Jsonata;

/// <summary>The bounds of one evaluation; AWS fails a state whose expression goes past its own.</summary>
/// <param name="MaxDepth">How deeply evaluation may nest (0: only the stack limits it).</param>
/// <param name="Timeout">How long one evaluation may run.</param>
/// <param name="MaxValueBytes">The largest value (sequence or string) one evaluation may build, or 0 for no bound.</param>
internal sealed record JsonAtaLimits(int MaxDepth, TimeSpan Timeout, long MaxValueBytes)
{
    /// <summary>
    /// Step Functions' bounds: AWS fails expressions nested past a depth of about 100 and holding more than about
    /// 7 MB (measured on AWS: <c>[1..873782]</c> evaluates, <c>[1..873783]</c> fails; a string of 2^22 characters
    /// evaluates and one of 2^23 fails; counting 8 bytes a number and 1 a character puts both boundaries in place).
    /// AWS's time bound is not documented; five seconds is far beyond any expression AWS lets run.
    /// </summary>
    public static JsonAtaLimits StepFunctions { get; } = new(100, TimeSpan.FromSeconds(5), 6_990_256);
}

/// <summary>
/// One evaluation of a parsed JSONata expression: the tree-walking interpreter of JSONata 2.0.6's semantics
/// (sequences, flattening, singleton collapse, tuple streams for variable bindings and parents, tail calls run in a
/// loop) with the depth, time and size bounds of <see cref="JsonAtaLimits"/>.
/// </summary>
internal sealed partial class Evaluation
{
    private const string StackOverflow = "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.";
    public const string TimeoutMessage = "Expression evaluation timeout: Check for infinite loop";
    private const string MemoryExceeded = "Expression evaluation memory limit exceeded: Check for excessive memory usage";

    private readonly JsonAtaLimits _limits;
    private readonly long _deadline;
    private int _depth;
    private int _ticks;

    public Evaluation(JsonAtaLimits limits, DateTimeOffset now, Random random)
    {
        _limits = limits;
        Now = now;
        Random = random;
        _deadline = Stopwatch.GetTimestamp() + (long)(limits.Timeout.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>The time <c>$now()</c> and <c>$millis()</c> give: one instant for the whole evaluation.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The source of <c>$random()</c>, <c>$shuffle</c> and <c>$uuid()</c>.</summary>
    public Random Random { get; }

    /// <summary>Evaluates <paramref name="tree"/> on <paramref name="input"/> (undefined when null) in <paramref name="bindings"/>.</summary>
    public object? Evaluate(JsonAtaNode tree, object? input, Frame bindings)
    {
        bindings.Bind("$", input);
        // A top-level array input is wrapped in a sequence of one, so that it is treated as one value.
        if (input is JArray array && !array.IsSequence)
        {
            var wrapper = new JArray(1) { IsSequence = true, OuterWrapper = true };
            wrapper.Add(array);
            input = wrapper;
        }
        try
        {
            var result = Eval(tree, input, bindings);
            return result is TailCall call ? Apply(call.Procedure, call.Arguments, call.Input, call.Environment, call.Call) : result;
        }
        catch (Exception exception) when (exception is not JsonAtaError and not OutOfMemoryException)
        {
            throw exception switch
            {
                System.Text.RegularExpressions.RegexMatchTimeoutException => JsonAtaError.Limit(TimeoutMessage),
                InsufficientExecutionStackException => JsonAtaError.Limit(StackOverflow),
                // A defect of this evaluator: reported as an evaluation error rather than taking the caller down.
                _ => new JsonAtaError("InternalError") { CustomMessage = $"The local JSONata evaluator failed ({exception.GetType().Name}: {exception.Message}); please report the expression." },
            };
        }
    }

    /// <summary>JSONata's evaluate: the node's own value, then its predicates and group-by, then singleton collapse.</summary>
    public object? Eval(JsonAtaNode expr, object? input, Frame env)
    {
        Enter();
        object? result;
        switch (expr.Kind)
        {
            case JsonAtaNodeKind.Path: result = EvalPath((JsonAtaPath)expr, input, env); break;
            case JsonAtaNodeKind.Binary: result = EvalBinary((JsonAtaBinary)expr, input, env); break;
            case JsonAtaNodeKind.Name: result = Lookup(input, ((JsonAtaName)expr).Name); break;
            case JsonAtaNodeKind.Literal: result = ((JsonAtaLiteral)expr).Value ?? JNull.Value; break;
            case JsonAtaNodeKind.Variable: result = EvalVariable((JsonAtaVariable)expr, input, env); break;
            case JsonAtaNodeKind.Call: result = EvalCall((JsonAtaCall)expr, input, env); break;
            case JsonAtaNodeKind.Negate: result = EvalNegate((JsonAtaNegate)expr, input, env); break;
            case JsonAtaNodeKind.Array: result = EvalArray((JsonAtaArray)expr, input, env); break;
            case JsonAtaNodeKind.Object: result = EvalGroup(((JsonAtaObject)expr).Pairs, input, env); break;
            case JsonAtaNodeKind.Condition: result = EvalCondition((JsonAtaCondition)expr, input, env); break;
            case JsonAtaNodeKind.Block: result = EvalBlock((JsonAtaBlock)expr, input, env); break;
            case JsonAtaNodeKind.Bind:
            {
                var bind = (JsonAtaBind)expr;
                result = Eval(bind.Value, input, env);
                env.Bind(bind.Variable.Name, result);
                break;
            }
            case JsonAtaNodeKind.Wildcard: result = EvalWildcard(input); break;
            case JsonAtaNodeKind.Descendant: result = EvalDescendants(input); break;
            case JsonAtaNodeKind.Parent: result = env.Lookup(((JsonAtaParent)expr).Slot.Label); break;
            case JsonAtaNodeKind.Regex: result = EvalRegex((JsonAtaRegex)expr); break;
            case JsonAtaNodeKind.Lambda:
            {
                var lambda = (JsonAtaLambda)expr;
                result = new LambdaFunction(lambda.Parameters, lambda.Body, lambda.Signature, env, input);
                break;
            }
            case JsonAtaNodeKind.Apply: result = EvalApply((JsonAtaApply)expr, input, env); break;
            case JsonAtaNodeKind.Transform: result = new TransformFunction((JsonAtaTransform)expr, env); break;
            case JsonAtaNodeKind.Sort: result = EvalSort((JsonAtaSort)expr, AsSequence(input), env); break;
            default: throw new JsonAtaError("S0206") { Position = expr.Position, Token = expr.Kind.ToString() };
        }

        if (expr.Predicates is { } predicates)
            for (var i = 0; i < predicates.Count; i++) result = EvalFilter(predicates[i], result, env);
        if (expr.Group is { } group && expr.Kind != JsonAtaNodeKind.Path) result = EvalGroup(group, result, env);

        _depth--;

        if (result is JArray { IsSequence: true, TupleStream: false } sequence)
        {
            if (expr.KeepArray) sequence.KeepSingleton = true;
            if (sequence.Count == 0) return null;
            if (sequence.Count == 1 && !sequence.KeepSingleton) return sequence[0];
        }
        return result;
    }

    /// <summary>
    /// One level deeper: the bound counts how deeply evaluations nest (JSONata's own bound counts evaluation entries
    /// and exits the same way; calls in tail position do not nest). The stack is checked as well, so that no bound,
    /// however high, can exhaust it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth > _limits.MaxDepth && _limits.MaxDepth > 0) throw JsonAtaError.Limit(StackOverflow);
        if ((++_ticks & 63) == 0)
        {
            CheckTime();
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw JsonAtaError.Limit(StackOverflow);
        }
    }

    /// <summary>For recursive walks over values (which tail recursion can nest without nesting evaluation): fails before the stack runs out.</summary>
    public static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw JsonAtaError.Limit(StackOverflow);
    }

    private void CheckTime()
    {
        if (Stopwatch.GetTimestamp() > _deadline) throw JsonAtaError.Limit(TimeoutMessage);
    }

    /// <summary>Fails the evaluation when one value would hold more than the bound (8 bytes a number or item, 1 a character).</summary>
    public void CheckSize(long bytes)
    {
        if (_limits.MaxValueBytes > 0 && bytes > _limits.MaxValueBytes) throw JsonAtaError.Limit(MemoryExceeded);
    }

    private object? EvalVariable(JsonAtaVariable variable, object? input, Frame env)
    {
        if (variable.Name.Length == 0) return input is JArray { OuterWrapper: true } wrapper ? wrapper[0] : input;
        return env.Lookup(variable.Name);
    }

    private object? EvalNegate(JsonAtaNegate negate, object? input, Frame env)
    {
        var value = Eval(negate.Operand, input, env);
        if (value is null) return null;
        if (IsNumeric(value)) return Box.Number(-(double)value);
        throw new JsonAtaError("D1002") { Position = negate.Position, Token = "-", Value = value };
    }

    private object? EvalCondition(JsonAtaCondition condition, object? input, Frame env)
    {
        var test = Eval(condition.Test, input, env);
        if (Boolean(test) == true) return Eval(condition.Then, input, env);
        return condition.Else is null ? null : Eval(condition.Else, input, env);
    }

    private object? EvalBlock(JsonAtaBlock block, object? input, Frame env)
    {
        var frame = new Frame(env);
        object? result = null;
        var expressions = block.Expressions;
        for (var i = 0; i < expressions.Count; i++) result = Eval(expressions[i], input, frame);
        return result;
    }

    /// <summary>An array constructor: items are appended (sequences flattened), array constructors kept whole.</summary>
    private object? EvalArray(JsonAtaArray array, object? input, Frame env)
    {
        var items = array.Items;
        var result = new JArray(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var value = Eval(item, input, env);
            if (value is null) continue;
            if (item.Kind == JsonAtaNodeKind.Array) result.Add(value);
            else if (value is JArray values) result.AddRange(values);
            else result.Add(value);
        }
        CheckSize(8L * result.Count);
        if (array.ConsArray) result.Cons = true;
        return result;
    }

    private static readonly ConditionalWeakTable<JsonAtaRegex, System.Text.RegularExpressions.Regex> Regexes = new();

    private object EvalRegex(JsonAtaRegex node) =>
        new RegexFunction(Regexes.GetValue(node, static n => JsonAtaRegexes.Create(n.Pattern, n.Flags)), node);

    private static JArray AsSequence(object? value)
    {
        if (value is JArray array) return array;
        var sequence = new JArray(1) { IsSequence = true };
        sequence.Add(value);
        return sequence;
    }
}
