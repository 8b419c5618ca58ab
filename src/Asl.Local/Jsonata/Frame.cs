namespace Asl.Local.Jsonata;

/// <summary>
/// A scope of variable bindings: the library at the root, the caller's bindings (or a resolver for Step Functions'
/// <c>$states</c> and workflow variables) above it, then one frame per block, function call and tuple.
/// </summary>
internal sealed class Frame
{
    private string[]? _names;
    private object?[]? _values;
    private int _count;
    private readonly Func<string, (bool Found, object? Value)>? _resolver;

    public Frame(Frame? parent) => Parent = parent;

    public Frame(Frame? parent, Func<string, (bool Found, object? Value)> resolver) : this(parent) => _resolver = resolver;

    public Frame? Parent { get; }

    public void Bind(string name, object? value)
    {
        if (_names is null)
        {
            _names = new string[2];
            _values = new object?[2];
        }
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_names[i], name) || _names[i] == name)
            {
                _values![i] = value;
                return;
            }
        }
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _names[_count] = name;
        _values![_count] = value;
        _count++;
    }

    /// <summary>The value bound to <paramref name="name"/> here or in an enclosing frame; undefined (null) when none.</summary>
    public object? Lookup(string name)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
        {
            var names = frame._names;
            for (var i = 0; i < frame._count; i++)
                if (ReferenceEquals(names![i], name) || names[i] == name) return frame._values![i];
            if (frame._resolver is not null)
            {
                var (found, value) = frame._resolver(name);
                if (found) return value;
            }
        }
        return null;
    }
}
