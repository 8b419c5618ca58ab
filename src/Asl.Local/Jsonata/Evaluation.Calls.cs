using Asl.JsonAta;

namespace Asl.Local.Jsonata;

internal sealed partial class Evaluation
{
    private static readonly object?[] NoArguments = Array.Empty<object?>();

    /// <summary>A call: the procedure, then the arguments (a piped value first), then the application.</summary>
    private object? EvalCall(JsonAtaCall call, object? input, Frame env, bool piped = false, object? pipedValue = null)
    {
        if (call.IsPartial) return EvalPartial(call, input, env);
        var procedure = Eval(call.Procedure, input, env);
        if (procedure is null && call.Procedure is JsonAtaPath { Steps: [JsonAtaName name] } && env.Lookup(name.Name) is not null)
            throw new JsonAtaError("T1005") { Position = call.Position, Token = name.Name };

        var arguments = call.Arguments;
        var offset = piped ? 1 : 0;
        var values = arguments.Count + offset == 0 ? NoArguments : new object?[arguments.Count + offset];
        if (piped) values[0] = pipedValue;
        for (var i = 0; i < arguments.Count; i++) values[i + offset] = Eval(arguments[i], input, env);

        if (call.IsTailCall) return new TailCall(procedure as JFunction, values, call, input, env);
        return Apply(procedure, values, input, env, call);
    }

    /// <summary>Applies a function, running tail calls it returns in a loop (so tail recursion does not nest).</summary>
    public object? Apply(object? procedure, object?[] arguments, object? input, Frame env, JsonAtaCall? call = null)
    {
        var result = ApplyInner(procedure, arguments, input, env, call);
        while (result is TailCall tail)
        {
            CheckTime();
            result = ApplyInner(tail.Procedure, tail.Arguments, tail.Input, tail.Environment, tail.Call);
        }
        return result;
    }

    private object? ApplyInner(object? procedure, object?[] arguments, object? input, Frame env, JsonAtaCall? call)
    {
        var name = call?.ProcedureName;
        try
        {
            if (procedure is not JFunction function) throw new JsonAtaError("T1006");
            var validated = function.Signature is { } signature ? Validate(signature, arguments, input) : arguments;
            switch (function)
            {
                case LambdaFunction lambda:
                {
                    var frame = new Frame(lambda.Environment);
                    var parameters = lambda.Parameters;
                    for (var i = 0; i < parameters.Count; i++) frame.Bind(parameters[i], i < validated.Length ? validated[i] : null);
                    return Eval(lambda.Body, lambda.Input, frame);
                }
                case NativeFunction native:
                    return native.Body(this, validated, new CallSite(input, env, name ?? native.Name, call?.Position ?? -1));
                case PartialNative partial:
                {
                    var filled = new object?[partial.Arguments.Length];
                    var next = 0;
                    for (var i = 0; i < filled.Length; i++)
                        filled[i] = ReferenceEquals(partial.Arguments[i], PartialNative.Placeholder)
                            ? next < validated.Length ? validated[next++] : null
                            : partial.Arguments[i];
                    return Apply(partial.Target, filled, input, env, call);
                }
                case ComposedFunction composed:
                {
                    var first = Apply(composed.First, new[] { validated.Length > 0 ? validated[0] : null }, null, env);
                    return Apply(composed.Second, new[] { first }, null, env);
                }
                case TransformFunction transform:
                    return ApplyTransform(transform, validated.Length > 0 ? validated[0] : null);
                case RegexFunction regex:
                    // A regex called on any value matches the value's JavaScript string form ("[object Object]" for an object).
                    return MatchRegex(regex, JavaScriptString(validated.Length > 0 ? validated[0] : null),
                        validated.Length > 1 && validated[1] is double from && from > 0 ? (int)Math.Min(from, int.MaxValue) : 0);
                case RegexNextFunction next:
                    if (next.From >= next.Text.Length) return null;
                    var following = MatchRegex(next.Matcher, next.Text, next.From);
                    if (following is JObject { } match && match.Get("match") is "")
                        throw new JsonAtaError("D1004") { Position = next.Matcher.Node.Position, Value = next.Matcher.Node.Pattern };
                    return following;
                default:
                    throw new JsonAtaError("T1006");
            }
        }
        catch (JsonAtaError error)
        {
            if (error.Token is null && name is not null) error.Token = name;
            if (error.Position < 0 && call is not null) error.Position = call.Position;
            throw;
        }
    }

    /// <summary>JavaScript's String(value).</summary>
    private static string JavaScriptString(object? value) => value switch
    {
        null => "undefined",
        string s => s,
        JArray array => string.Join(",", array.Select(item => item is null or JNull ? "" : JavaScriptString(item))),
        JObject => "[object Object]",
        JFunction => "function",
        _ => JsonAtaJson.Text(value),
    };

    /// <summary>A regex matcher called on a string: the first match from <paramref name="from"/>, with <c>next</c> for the rest.</summary>
    private static object? MatchRegex(RegexFunction regex, string input, int from)
    {
        if (from > input.Length) return null;
        var match = regex.Regex.Match(input, from);
        if (!match.Success) return null;
        var result = new JObject(5);
        result.Set("match", match.Value);
        result.Set("start", Box.Number(match.Index));
        result.Set("end", Box.Number(match.Index + match.Length));
        var groups = new JArray(match.Groups.Count);
        for (var i = 1; i < match.Groups.Count; i++) groups.Add(match.Groups[i].Success ? match.Groups[i].Value : null);
        result.Set("groups", groups);
        // A global JavaScript regex continues after the match (a zero-length match leaves it where it is).
        result.Set("next", new RegexNextFunction(regex, input, match.Index + match.Length));
        return result;
    }

    /// <summary><c>f(a, ?, c)</c>: a function of the arguments still to come.</summary>
    private object? EvalPartial(JsonAtaCall call, object? input, Frame env)
    {
        var values = new object?[call.Arguments.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = call.Arguments[i].Kind == JsonAtaNodeKind.Placeholder ? PartialNative.Placeholder : Eval(call.Arguments[i], input, env);
        var procedure = Eval(call.Procedure, input, env);
        if (procedure is null && call.Procedure is JsonAtaPath { Steps: [JsonAtaName name] } && env.Lookup(name.Name) is not null)
            throw new JsonAtaError("T1007") { Position = call.Position, Token = name.Name };

        switch (procedure)
        {
            case LambdaFunction lambda:
            {
                var frame = new Frame(lambda.Environment);
                var unbound = new List<string>();
                for (var i = 0; i < lambda.Parameters.Count; i++)
                {
                    var value = i < values.Length ? values[i] : null;
                    if (ReferenceEquals(value, PartialNative.Placeholder)) unbound.Add(lambda.Parameters[i]);
                    else frame.Bind(lambda.Parameters[i], value);
                }
                return new LambdaFunction(unbound, lambda.Body, null, frame, lambda.Input);
            }
            case NativeFunction native:
            {
                // JSONata reads a built-in's parameters from its JavaScript source; $string's second one has a
                // default value, which its parser then refuses as a parameter name.
                if (native.Name == "string")
                    throw new JsonAtaError("S0208") { Position = call.Position, Token = "=", Value = Box.Number(2) };
                return new PartialNative(native, Bound(values, native.Info.ParameterNames.Count));
            }
            case PartialNative partial:
            {
                var merged = (object?[])partial.Arguments.Clone();
                var next = 0;
                for (var i = 0; i < merged.Length; i++)
                    if (ReferenceEquals(merged[i], PartialNative.Placeholder))
                        merged[i] = next < values.Length ? values[next++] : null;
                return new PartialNative(partial.Target, merged);
            }
            case JFunction function:
                return new PartialNative(function, Bound(values, function.Arity));
            default:
                throw new JsonAtaError("T1008") { Position = call.Position, Token = call.ProcedureName };
        }
    }

    private static object?[] Bound(object?[] values, int parameters)
    {
        var bound = new object?[parameters];
        for (var i = 0; i < parameters; i++) bound[i] = i < values.Length ? values[i] : null;
        return bound;
    }

    /// <summary><c>value ~&gt; function</c>: a call gets the value as its first argument; two functions compose.</summary>
    private object? EvalApply(JsonAtaApply apply, object? input, Frame env)
    {
        var left = Eval(apply.Left, input, env);
        if (apply.Right is JsonAtaCall { IsPartial: false } call) return EvalCall(call, input, env, piped: true, pipedValue: left);
        var function = Eval(apply.Right, input, env);
        if (function is not JFunction right) throw new JsonAtaError("T2006") { Position = apply.Position, Value = function };
        if (left is JFunction first) return new ComposedFunction(first, right);
        return Apply(right, new[] { left }, null, env);
    }

    /// <summary>A transform applied to a value: a deep copy, with the update merged into and the deletions removed from each match.</summary>
    private object? ApplyTransform(TransformFunction transform, object? value)
    {
        if (value is null) return null;
        var node = transform.Node;
        var env = transform.Environment;
        var clone = env.Lookup("clone");
        if (clone is not JFunction) throw new JsonAtaError("T2013") { Position = node.Position };
        var result = Apply(clone, new[] { value }, null, env);
        var matches = Eval(node.Pattern, result, env);
        if (matches is null) return result;
        var list = matches as JArray ?? new JArray { matches };
        foreach (var match in list)
        {
            var update = Eval(node.Update, match, env);
            if (update is not null)
            {
                if (update is not JObject members) throw new JsonAtaError("T2011") { Position = node.Update.Position, Value = update };
                if (match is JObject target)
                    for (var i = 0; i < members.Count; i++) target.Set(members.KeyAt(i), members.ValueAt(i));
            }
            if (node.Delete is null) continue;
            var deletions = Eval(node.Delete, match, env);
            if (deletions is null) continue;
            var names = deletions as JArray ?? new JArray { deletions };
            if (!IsArrayOfStrings(names)) throw new JsonAtaError("T2012") { Position = node.Delete.Position, Value = deletions };
            if (match is JObject source)
                foreach (var name in names) source.Remove((string)name!);
        }
        return result;
    }

    /// <summary>
    /// Checks arguments against a signature and gives the arguments the function receives: a missing argument
    /// taken from the context where the signature says <c>-</c>, and a single value wrapped where it wants an array.
    /// </summary>
    private static object?[] Validate(JsonAtaSignature signature, object?[] arguments, object? context)
    {
        var parameters = signature.Parameters;
        var symbols = new char[arguments.Length];
        for (var i = 0; i < arguments.Length; i++) symbols[i] = Symbol(arguments[i]);
        var lengths = new int[parameters.Count];
        if (!Match(parameters, parameters.Count, symbols, 0, 0, lengths, anchored: true)) throw Mismatch(parameters, symbols, arguments);

        var validated = new List<object?>(Math.Max(arguments.Length, parameters.Count));
        var index = 0;
        for (var p = 0; p < parameters.Count; p++)
        {
            var parameter = parameters[p];
            var length = lengths[p];
            if (length == 0)
            {
                if (parameter.UsesContext)
                {
                    if (parameter.ContextAccepted.IndexOf(Symbol(context)) < 0)
                        throw new JsonAtaError("T0411") { Value = context, Index = index + 1 };
                    validated.Add(context);
                }
                else
                {
                    validated.Add(index < arguments.Length ? arguments[index] : null);
                    index++;
                }
                continue;
            }
            for (var k = 0; k < length; k++)
            {
                // An optional parameter matched by nothing still took an argument (as in JSONata), so a later one
                // can run past the end and read undefined.
                var argument = index < arguments.Length ? arguments[index] : null;
                var symbol = index < arguments.Length ? symbols[index] : 'm';
                if (parameter.Type == 'a')
                {
                    if (symbol == 'm')
                    {
                        argument = null;
                    }
                    else
                    {
                        if (parameter.Subtype is { Length: > 0 } subtype && !ArrayItemsFit(argument, symbol, subtype, length))
                            throw new JsonAtaError("T0412") { Value = argument, Index = index + 1, Type = ArrayOf(subtype) };
                        if (symbol != 'a') argument = new JArray { argument };
                    }
                }
                validated.Add(argument);
                index++;
            }
        }
        return validated.ToArray();
    }

    private static bool ArrayItemsFit(object? argument, char symbol, string subtype, int length)
    {
        if (symbol != 'a') return length == 1 && subtype.Length == 1 && subtype[0] == symbol;
        var items = (JArray)argument!;
        if (items.Count == 0) return true;
        var first = Symbol(items[0]);
        if (first != subtype[0]) return false;
        foreach (var item in items)
            if (Symbol(item) != first) return false;
        return true;
    }

    private static string ArrayOf(string subtype) => subtype switch
    {
        "a" => "arrays",
        "b" => "booleans",
        "f" => "functions",
        "n" => "numbers",
        "o" => "objects",
        "s" => "strings",
        _ => subtype,
    };

    /// <summary>JSONata's type symbol of a value: s n b l a o f, or m for undefined.</summary>
    public static char Symbol(object? value) => value switch
    {
        null => 'm',
        string => 's',
        double => 'n',
        bool => 'b',
        JNull => 'l',
        JArray => 'a',
        JObject => 'o',
        _ => 'f',
    };

    /// <summary>
    /// Matches argument symbols from <paramref name="position"/> against parameters <paramref name="p"/> onwards,
    /// greedily with backtracking, as the regular expression JSONata builds from a signature does.
    /// </summary>
    private static bool Match(IReadOnlyList<JsonAtaParameter> parameters, int count, char[] symbols, int p, int position, int[] lengths, bool anchored)
    {
        if (p == count) return !anchored || position == symbols.Length;
        var parameter = parameters[p];
        var run = 0;
        while (position + run < symbols.Length && parameter.Accepted.IndexOf(symbols[position + run]) >= 0) run++;
        switch (parameter.Quantifier)
        {
            case JsonAtaQuantifier.One:
                lengths[p] = 1;
                return run >= 1 && Match(parameters, count, symbols, p + 1, position + 1, lengths, anchored);
            case JsonAtaQuantifier.Optional:
                lengths[p] = 1;
                if (run >= 1 && Match(parameters, count, symbols, p + 1, position + 1, lengths, anchored)) return true;
                lengths[p] = 0;
                return Match(parameters, count, symbols, p + 1, position, lengths, anchored);
            default:
                for (var n = run; n >= 1; n--)
                {
                    lengths[p] = n;
                    if (Match(parameters, count, symbols, p + 1, position + n, lengths, anchored)) return true;
                }
                return false;
        }
    }

    /// <summary>T0410 at the first argument where matching the parameters one more at a time stops working.</summary>
    private static JsonAtaError Mismatch(IReadOnlyList<JsonAtaParameter> parameters, char[] symbols, object?[] arguments)
    {
        var goodTo = 0;
        var lengths = new int[parameters.Count];
        for (var i = 0; i < parameters.Count; i++)
        {
            if (!Match(parameters, i + 1, symbols, 0, 0, lengths, anchored: false))
                return new JsonAtaError("T0410") { Value = goodTo < arguments.Length ? arguments[goodTo] : null, Index = goodTo + 1 };
            goodTo = 0;
            for (var k = 0; k <= i; k++) goodTo += lengths[k];
        }
        return new JsonAtaError("T0410") { Value = goodTo < arguments.Length ? arguments[goodTo] : null, Index = goodTo + 1 };
    }
}
