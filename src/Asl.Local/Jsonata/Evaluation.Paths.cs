using Asl.JsonAta;

namespace Asl.Local.Jsonata;

/// <summary>One item of a tuple stream: the value in context (JSONata's '@') and the variables bound along the path.</summary>
internal sealed class JTuple
{
    private string[]? _names;
    private object?[]? _values;
    private int _count;

    public object? Value;

    public int Count => _count;

    public string NameAt(int i) => _names![i];

    public object? ValueAt(int i) => _values![i];

    public void Set(string name, object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_names![i] == name)
            {
                _values![i] = value;
                return;
            }
        }
        if (_names is null)
        {
            _names = new string[2];
            _values = new object?[2];
        }
        else if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _names[_count] = name;
        _values![_count] = value;
        _count++;
    }

    public object? Get(string name)
    {
        for (var i = 0; i < _count; i++)
            if (_names![i] == name) return _values![i];
        return null;
    }

    public JTuple Copy()
    {
        var copy = new JTuple { Value = Value };
        for (var i = 0; i < _count; i++) copy.Set(_names![i], _values![i]);
        return copy;
    }

    /// <summary>A frame binding the tuple's variables (JSONata's createFrameFromTuple).</summary>
    public Frame ToFrame(Frame parent)
    {
        var frame = new Frame(parent);
        for (var i = 0; i < _count; i++) frame.Bind(_names![i], _values![i]);
        return frame;
    }
}

internal sealed partial class Evaluation
{
    private object? EvalPath(JsonAtaPath expr, object? input, Frame env)
    {
        var steps = expr.Steps;
        // A path that starts with a variable ($x, $$) is absolute: it does not map over the context array.
        object? inputSequence = input is JArray && steps[0].Kind != JsonAtaNodeKind.Variable ? input : SequenceOf(input);
        object? resultSequence = null;
        var isTupleStream = false;
        JArray? tupleBindings = null;

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.Tuple) isTupleStream = true;
            if (i == 0 && step is JsonAtaArray { ConsArray: true })
            {
                resultSequence = Eval(step, inputSequence, env);
            }
            else if (isTupleStream)
            {
                tupleBindings = EvalTupleStep(step, inputSequence as JArray ?? NotIterable(), tupleBindings, env);
            }
            else
            {
                resultSequence = EvalStep(step, inputSequence as JArray ?? NotIterable(), env, i == steps.Count - 1);
            }
            if (!isTupleStream && (resultSequence is null || resultSequence is JArray { Count: 0 })) break;
            if (step.Focus is null) inputSequence = resultSequence;
        }

        if (isTupleStream)
        {
            if (expr.Tuple)
            {
                resultSequence = tupleBindings;
            }
            else
            {
                var values = new JArray(tupleBindings?.Count ?? 0) { IsSequence = true };
                if (tupleBindings is not null)
                    foreach (var tuple in tupleBindings) values.Add(((JTuple)tuple!).Value);
                resultSequence = values;
            }
        }

        if (expr.KeepSingletonArray && resultSequence is JArray kept)
        {
            if (kept.Cons && !kept.IsSequence)
            {
                var wrapper = new JArray(1) { IsSequence = true };
                wrapper.Add(kept);
                kept = wrapper;
            }
            kept.KeepSingleton = true;
            resultSequence = kept;
        }

        if (expr.Group is { } group) resultSequence = EvalGroup(group, isTupleStream ? tupleBindings : resultSequence, env);
        return resultSequence;
    }

    private static JArray SequenceOf(object? value)
    {
        var sequence = new JArray(1) { IsSequence = true };
        sequence.Add(value);
        return sequence;
    }

    // A step after a value that is not an array (a constructor collapsed by its predicate) has nothing to map over:
    // JavaScript loops over the value's length, which is undefined.
    private static JArray NotIterable() => new() { IsSequence = true };

    /// <summary>A step of a path: evaluated on each value of the input sequence, the results flattened into one sequence.</summary>
    private object? EvalStep(JsonAtaNode step, JArray input, Frame env, bool lastStep)
    {
        if (step.Kind == JsonAtaNodeKind.Sort)
        {
            object? sorted = EvalSort((JsonAtaSort)step, input, env);
            if (step.Stages is { } sortStages) sorted = EvalStages(sortStages, sorted as JArray ?? SequenceOf(sorted), env);
            return sorted;
        }

        var stages = step.Stages;
        // Most steps give one value per input value: collect straight into the result unless an array needs flattening.
        var results = new JArray(input.Count) { IsSequence = true };
        for (var i = 0; i < input.Count; i++)
        {
            var value = Eval(step, input[i], env);
            if (stages is not null)
                for (var s = 0; s < stages.Count; s++) value = EvalFilter(stages[s].Filter!, value, env);
            if (value is not null) results.Add(value);
        }

        if (lastStep && results.Count == 1 && results[0] is JArray { IsSequence: false } single) return single;

        var flattened = results;
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i] is JArray { Cons: false })
            {
                flattened = new JArray(results.Count + 8) { IsSequence = true };
                for (var j = 0; j < results.Count; j++)
                {
                    if (results[j] is JArray { Cons: false } inner) flattened.AddRange(inner);
                    else flattened.Add(results[j]);
                }
                CheckSize(8L * flattened.Count);
                break;
            }
        }
        return flattened;
    }

    private JArray EvalStages(IReadOnlyList<JsonAtaStage> stages, JArray input, Frame env)
    {
        var result = input;
        foreach (var stage in stages)
        {
            if (stage.Filter is { } filter)
            {
                result = EvalFilter(filter, result, env);
            }
            else
            {
                for (var i = 0; i < result.Count; i++)
                    if (result[i] is JTuple tuple) tuple.Set(stage.IndexVariable!, Box.Number(i));
            }
        }
        return result;
    }

    /// <summary>A step of a path that binds variables (<c>@$v</c>, <c>#$i</c>) or feeds a parent: evaluated on tuples.</summary>
    private JArray EvalTupleStep(JsonAtaNode step, JArray input, JArray? tupleBindings, Frame env)
    {
        JArray result;
        if (step.Kind == JsonAtaNodeKind.Sort)
        {
            if (tupleBindings is not null)
            {
                result = EvalSort((JsonAtaSort)step, tupleBindings, env);
            }
            else
            {
                var sorted = EvalSort((JsonAtaSort)step, input, env);
                result = new JArray(sorted.Count) { IsSequence = true, TupleStream = true };
                for (var i = 0; i < sorted.Count; i++)
                {
                    var tuple = new JTuple { Value = sorted[i] };
                    if (step.Index is { } index) tuple.Set(index, Box.Number(i));
                    result.Add(tuple);
                }
            }
            if (step.Stages is { } sortStages) result = EvalStages(sortStages, result, env);
            return result;
        }

        result = new JArray { IsSequence = true, TupleStream = true };
        if (tupleBindings is null)
        {
            tupleBindings = new JArray(input.Count);
            foreach (var item in input) tupleBindings.Add(new JTuple { Value = item });
        }
        foreach (var binding in tupleBindings)
        {
            var tuple = (JTuple)binding!;
            var value = Eval(step, tuple.Value, tuple.ToFrame(env));
            if (value is null) continue;
            if (value is JArray values)
            {
                for (var b = 0; b < values.Count; b++) result.Add(NextTuple(step, tuple, values[b], b, values.TupleStream));
            }
            else
            {
                result.Add(NextTuple(step, tuple, value, 0, false));
            }
        }
        if (step.Stages is { } stages) result = EvalStages(stages, result, env);
        return result;
    }

    private static JTuple NextTuple(JsonAtaNode step, JTuple tuple, object? value, int index, bool fromTupleStream)
    {
        var next = tuple.Copy();
        if (fromTupleStream && value is JTuple inner)
        {
            next.Value = inner.Value;
            for (var i = 0; i < inner.Count; i++) next.Set(inner.NameAt(i), inner.ValueAt(i));
            return next;
        }
        if (step.Focus is { } focus)
        {
            next.Set(focus, value);
            next.Value = tuple.Value;
        }
        else
        {
            next.Value = value;
        }
        if (step.Index is { } indexVariable) next.Set(indexVariable, Box.Number(index));
        if (step.Ancestor is { } ancestor) next.Set(ancestor.Label, tuple.Value);
        return next;
    }

    /// <summary>A predicate: a number selects by position (negative from the end), anything else filters by truth.</summary>
    private JArray EvalFilter(JsonAtaNode predicate, object? input, Frame env)
    {
        var results = new JArray { IsSequence = true };
        var tupleStream = input is JArray { TupleStream: true };
        if (tupleStream) results.TupleStream = true;
        var items = input as JArray ?? SequenceOf(input);

        if (predicate is JsonAtaLiteral { Value: double literalIndex })
        {
            var index = (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, Math.Floor(literalIndex)));
            if (index < 0) index = items.Count + index;
            var item = index >= 0 && index < items.Count ? items[index] : null;
            if (item is JArray itemArray) return itemArray;
            if (item is not null) results.Add(item);
            return results;
        }

        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var context = item;
            var frame = env;
            if (tupleStream && item is JTuple tuple)
            {
                context = tuple.Value;
                frame = tuple.ToFrame(env);
            }
            var test = Eval(predicate, context, frame);
            if (test is double)
            {
                if (IsNumeric(test) && Matches((double)test, index, items.Count)) results.Add(item);
            }
            else if (test is JArray numbers && IsArrayOfNumbers(numbers))
            {
                foreach (var number in numbers)
                    if (Matches((double)number!, index, items.Count)) results.Add(item);
            }
            else if (Boolean(test) == true)
            {
                results.Add(item);
            }
        }
        return results;
    }

    private static bool Matches(double position, int index, int count)
    {
        var at = Math.Floor(position);
        if (at < 0) at = count + at;
        return at == index;
    }

    /// <summary>
    /// An object constructor, or the group-by after a step: each key expression is evaluated on each value, values
    /// with the same key are gathered, and the value expression is evaluated once per key on the gathered values.
    /// </summary>
    private JObject EvalGroup(JsonAtaGroup group, object? input, Frame env)
    {
        var reduce = input is JArray { TupleStream: true };
        var items = input as JArray ?? SequenceOf(input);
        if (items.Count == 0)
        {
            // So that a literal object is still made; an empty tuple stream has no bindings to reduce (jsonata-js
            // fails with a JavaScript TypeError here), so its keys are evaluated on nothing, as after a plain path.
            items = SequenceOf(null);
            reduce = false;
        }

        var keys = new List<string>();
        var entries = new Dictionary<string, (object? Data, int Pair)>(StringComparer.Ordinal);
        var pairs = group.Pairs;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var frame = reduce ? ((JTuple)item!).ToFrame(env) : env;
            for (var p = 0; p < pairs.Count; p++)
            {
                var key = Eval(pairs[p].Key, reduce ? ((JTuple)item!).Value : item, frame);
                if (key is null) continue;
                if (key is not string name) throw new JsonAtaError("T1003") { Position = group.Position, Value = key };
                if (entries.TryGetValue(name, out var entry))
                {
                    if (entry.Pair != p) throw new JsonAtaError("D1009") { Position = group.Position, Value = name };
                    entries[name] = (Append(entry.Data, item), p);
                }
                else
                {
                    keys.Add(name);
                    entries.Add(name, (item, p));
                }
            }
        }

        var result = new JObject(keys.Count);
        for (var k = 0; k < keys.Count; k++)
        {
            var (data, pair) = entries[keys[k]];
            var context = data;
            var frame = env;
            if (reduce)
            {
                var tuple = ReduceTupleStream(data);
                context = tuple.Value;
                frame = tuple.ToFrame(env);
            }
            var value = Eval(pairs[pair].Value, context, frame);
            if (value is not null) result.Set(keys[k], value);
        }
        return result;
    }

    private static JTuple ReduceTupleStream(object? data)
    {
        if (data is not JArray stream) return ((JTuple)data!).Copy();
        var result = ((JTuple)stream[0]!).Copy();
        for (var i = 1; i < stream.Count; i++)
        {
            var next = (JTuple)stream[i]!;
            result.Value = Append(result.Value, next.Value);
            for (var n = 0; n < next.Count; n++) result.Set(next.NameAt(n), Append(result.Get(next.NameAt(n)), next.ValueAt(n)));
        }
        return result;
    }

    /// <summary>The order-by step: a stable merge sort on the terms, undefined keys last.</summary>
    private JArray EvalSort(JsonAtaSort sort, JArray input, Frame env)
    {
        var isTupleSort = input.TupleStream;
        var terms = sort.Terms;
        return MergeSort(input, (a, b) =>
        {
            var comparison = 0;
            for (var t = 0; comparison == 0 && t < terms.Count; t++)
            {
                var term = terms[t];
                var aa = isTupleSort ? Eval(term.Expression, ((JTuple)a!).Value, ((JTuple)a!).ToFrame(env)) : Eval(term.Expression, a, env);
                var bb = isTupleSort ? Eval(term.Expression, ((JTuple)b!).Value, ((JTuple)b!).ToFrame(env)) : Eval(term.Expression, b, env);
                if (aa is null)
                {
                    comparison = bb is null ? 0 : 1;
                    continue;
                }
                if (bb is null)
                {
                    comparison = -1;
                    continue;
                }
                if (aa is not (string or double) || bb is not (string or double))
                    throw new JsonAtaError("T2008") { Position = sort.Position, Value = aa is not (string or double) ? aa : bb };
                if (aa.GetType() != bb.GetType())
                    throw new JsonAtaError("T2007") { Position = sort.Position, Value = aa, Value2 = bb };
                var order = aa is string sa ? string.CompareOrdinal(sa, (string)bb) : ((double)aa).CompareTo((double)bb);
                if (order == 0) continue;
                comparison = order < 0 ? -1 : 1;
                if (term.Descending) comparison = -comparison;
            }
            return comparison == 1;
        });
    }

    /// <summary>JSONata's sort: a top-down merge sort where <paramref name="swap"/>(a, b) says b goes first.</summary>
    public static JArray MergeSort(JArray items, Func<object?, object?, bool> swap)
    {
        if (items.Count <= 1) return items;
        var buffer = items.ToArray();
        var scratch = new object?[buffer.Length];
        Sort(buffer, scratch, 0, buffer.Length, swap);
        return new JArray(buffer);
    }

    private static void Sort(object?[] items, object?[] scratch, int start, int end, Func<object?, object?, bool> swap)
    {
        if (end - start <= 1) return;
        var middle = start + (end - start) / 2;
        Sort(items, scratch, start, middle, swap);
        Sort(items, scratch, middle, end, swap);
        int left = start, right = middle, output = start;
        while (left < middle && right < end)
            scratch[output++] = swap(items[left], items[right]) ? items[right++] : items[left++];
        while (left < middle) scratch[output++] = items[left++];
        while (right < end) scratch[output++] = items[right++];
        Array.Copy(scratch, start, items, start, end - start);
    }

    /// <summary><c>*</c>: the values of the object in context (array values flattened).</summary>
    private static object? EvalWildcard(object? input)
    {
        var results = new JArray { IsSequence = true };
        if (input is JArray { OuterWrapper: true, Count: > 0 } wrapper) input = wrapper[0];
        switch (input)
        {
            case JObject obj:
                for (var i = 0; i < obj.Count; i++) results = AddWildcardValue(results, obj.ValueAt(i));
                break;
            case JArray array:
                foreach (var item in array) results = AddWildcardValue(results, item);
                break;
        }
        return results;
    }

    private static JArray AddWildcardValue(JArray results, object? value)
    {
        if (value is JArray array)
        {
            // JSONata appends an array value with concat, which gives a plain array (no longer a sequence).
            var appended = new JArray(results.Count + array.Count);
            appended.AddRange(results);
            Flatten(array, appended);
            return appended;
        }
        results.Add(value);
        return results;
    }

    private static void Flatten(JArray array, JArray into)
    {
        EnsureStack();
        foreach (var item in array)
        {
            if (item is JArray inner) Flatten(inner, into);
            else into.Add(item);
        }
    }

    /// <summary><c>**</c>: the value in context and every value below it, depth first.</summary>
    private static object? EvalDescendants(object? input)
    {
        if (input is null) return null;
        var results = new JArray { IsSequence = true };
        var pending = new Stack<object?>();
        pending.Push(input);
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            if (value is JArray array)
            {
                for (var i = array.Count - 1; i >= 0; i--) pending.Push(array[i]);
                continue;
            }
            results.Add(value);
            if (value is JObject obj)
                for (var i = obj.Count - 1; i >= 0; i--) pending.Push(obj.ValueAt(i));
        }
        return results.Count == 1 ? results[0] : results;
    }
}
