namespace Asl.Diagnostics;

/// <summary>
/// A JSON pointer kept as a written parent pointer plus up to two reference tokens, written out only when asked for.
/// The validator walks every Choice rule and payload template member, and findings are rare: building each of
/// those pointers as text up front was most of the garbage a validation made. Two pending tokens cover the usual
/// shapes (a rule and its field, a member and its nested member) without writing the middle pointer; a third
/// token writes out only the first pending one, so no pointer costs more strings than writing it eagerly did.
/// </summary>
public readonly struct LazyPointer
{
    private readonly string _parent;
    private readonly Step _first;
    private readonly Step _second;

    private LazyPointer(string parent, Step first, Step second)
    {
        _parent = parent;
        _first = first;
        _second = second;
    }

    /// <summary>An already written pointer.</summary>
    public static implicit operator LazyPointer(string pointer) => new(pointer, default, default);

    /// <summary>The pointer to member <paramref name="token"/> of the value at <paramref name="parent"/>.</summary>
    public static LazyPointer Child(string parent, string token) => new(parent, new Step(token, 0), default);

    /// <summary>The pointer to item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static LazyPointer Child(string parent, int index) => new(parent, new Step(null, index + 1), default);

    /// <summary>The pointer to member <paramref name="token"/> of this value.</summary>
    public LazyPointer Member(string token) => Then(new Step(token, 0));

    /// <summary>The pointer to item <paramref name="index"/> of this array.</summary>
    public LazyPointer Item(int index) => Then(new Step(null, index + 1));

    private LazyPointer Then(Step step) =>
        _first.IsEmpty ? new LazyPointer(_parent, step, default)
        : _second.IsEmpty ? new LazyPointer(_parent, _first, step)
        : new LazyPointer(_first.AppendTo(_parent), _second, step);

    /// <summary>The pointer as text.</summary>
    public string Text => _second.AppendTo(_first.AppendTo(_parent));

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>One reference token: a member name, or an array index stored plus one (0 = no token).</summary>
    private readonly struct Step(string? token, int indexPlusOne)
    {
        public bool IsEmpty => token is null && indexPlusOne == 0;

        public string AppendTo(string pointer) =>
            token is not null ? JsonPointer.Append(pointer, token)
            : indexPlusOne > 0 ? JsonPointer.Append(pointer, indexPlusOne - 1)
            : pointer;
    }
}
