using System.Runtime.CompilerServices;

namespace Asl.Local.Jsonata;

// The values the evaluator works on, as JavaScript holds JSONata's: null is undefined (no value), JNull.Value is JSON
// null, and then bool, double, string, JArray, JObject and JFunction. Numbers are doubles, as in JavaScript.

/// <summary>JSON null (distinct from undefined, which is a null reference).</summary>
internal sealed class JNull
{
    public static readonly JNull Value = new();

    private JNull() { }

    public override string ToString() => "null";
}

/// <summary>
/// A JSONata array. JSONata marks arrays it builds while evaluating: a sequence (results of a path, flattened and
/// collapsed to a single value when there is one), an array kept whole (<c>[]</c>), an array constructor kept as
/// a unit (cons), the wrapper of a top-level array input, and tuple streams (path steps that bind variables).
/// </summary>
internal sealed class JArray : List<object?>
{
    public JArray() { }

    public JArray(int capacity) : base(capacity) { }

    public JArray(IEnumerable<object?> items) : base(items) { }

    public bool IsSequence;
    public bool KeepSingleton;
    public bool Cons;
    public bool OuterWrapper;
    public bool TupleStream;

    public static JArray Sequence() => new() { IsSequence = true };

    public static JArray Sequence(object? item)
    {
        var sequence = new JArray { IsSequence = true };
        if (item is not null) sequence.Add(item);
        return sequence;
    }
}

/// <summary>
/// A JSON object, with JavaScript's member order: members whose names are array indexes ("0", "42") first in
/// numeric order, then the others in insertion order. Looked up by a dictionary once there are more than a few.
/// </summary>
internal sealed class JObject
{
    private const int IndexFrom = 8;

    private string[] _keys;
    private object?[] _values;
    private int _count;
    private int _integers; // the number of leading members whose names are array indexes
    private Dictionary<string, int>? _index;

    public JObject() : this(4) { }

    public JObject(int capacity)
    {
        _keys = capacity == 0 ? Array.Empty<string>() : new string[capacity];
        _values = capacity == 0 ? Array.Empty<object?>() : new object?[capacity];
    }

    public int Count => _count;

    public string KeyAt(int i) => _keys[i];

    public object? ValueAt(int i) => _values[i];

    private int IndexOf(string key)
    {
        if (_index is not null) return _index.TryGetValue(key, out var at) ? at : -1;
        for (var i = 0; i < _count; i++)
            if (ReferenceEquals(_keys[i], key) || _keys[i] == key) return i;
        return -1;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public object? Get(string key)
    {
        var at = IndexOf(key);
        return at < 0 ? null : _values[at];
    }

    public bool TryGet(string key, out object? value)
    {
        var at = IndexOf(key);
        value = at < 0 ? null : _values[at];
        return at >= 0;
    }

    /// <summary>Sets a member: replaces the value in place when the key exists, otherwise adds it where JavaScript puts it.</summary>
    public void Set(string key, object? value)
    {
        var at = IndexOf(key);
        if (at >= 0)
        {
            _values[at] = value;
            return;
        }
        if (_count == _keys.Length)
        {
            var size = Math.Max(4, _count * 2);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
        }
        var position = _count;
        if (ArrayIndex(key) is { } number)
        {
            position = _integers;
            while (position > 0 && ArrayIndex(_keys[position - 1])!.Value > number) position--;
            Array.Copy(_keys, position, _keys, position + 1, _count - position);
            Array.Copy(_values, position, _values, position + 1, _count - position);
            _integers++;
        }
        _keys[position] = key;
        _values[position] = value;
        _count++;
        if (position < _count - 1 && _index is not null) Reindex();
        else _index?.Add(key, position);
        if (_index is null && _count > IndexFrom) Reindex();
    }

    private void Reindex()
    {
        _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
        for (var i = 0; i < _count; i++) _index[_keys[i]] = i;
    }

    /// <summary>The number a key names when JavaScript treats it as an array index (0 to 2^32 - 2, no leading zero).</summary>
    private static uint? ArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || key[0] is < '0' or > '9' || (key[0] == '0' && key.Length > 1)) return null;
        ulong number = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9') return null;
            number = number * 10 + (ulong)(c - '0');
        }
        return number < uint.MaxValue ? (uint)number : null;
    }

    public void Remove(string key)
    {
        var at = IndexOf(key);
        if (at < 0) return;
        if (at < _integers) _integers--;
        Array.Copy(_keys, at + 1, _keys, at, _count - at - 1);
        Array.Copy(_values, at + 1, _values, at, _count - at - 1);
        _count--;
        _keys[_count] = null!;
        _values[_count] = null;
        if (_index is not null) Reindex();
    }

    public JObject ShallowCopy()
    {
        var copy = new JObject(_count);
        for (var i = 0; i < _count; i++) copy.Set(_keys[i], _values[i]);
        return copy;
    }
}

/// <summary>Boxing helpers: the common booleans and small integers are boxed once.</summary>
internal static class Box
{
    public static readonly object True = true;
    public static readonly object False = false;
    private static readonly object[] SmallIntegers = CreateSmallIntegers();

    private static object[] CreateSmallIntegers()
    {
        var boxes = new object[1025];
        for (var i = 0; i < boxes.Length; i++) boxes[i] = (double)(i - 1);
        return boxes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object Bool(bool value) => value ? True : False;

    public static object Number(double value)
    {
        if (value >= -1 && value <= 1023 && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value)))
            return SmallIntegers[(int)value + 1];
        return value;
    }
}
