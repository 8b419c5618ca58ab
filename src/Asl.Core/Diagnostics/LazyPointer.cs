using Asl.Model;

namespace Asl.Diagnostics;

/// <summary>
/// A JSON pointer that is written out only when asked for: a parent (written text, a state or container site, or
/// earlier steps) plus up to two reference tokens. The validator walks every state, Choice rule and payload
/// template member, and findings are rare: writing each of those pointers up front was most of the garbage a
/// validation made, and under deep nesting with long names it made the work quadratic (every pointer repeats the
/// names of all enclosing states). Two pending tokens cover the usual shapes (a rule and its field, a member and
/// its nested member); a third one moves the first two into a small link object rather than writing them, so
/// building a pointer of any depth costs constant work per step and nothing is written until <see cref="Text"/>.
/// </summary>
public readonly struct LazyPointer
{
    private readonly object? _parent;
    private readonly Step _first;
    private readonly Step _second;

    private LazyPointer(object? parent, Step first, Step second)
    {
        _parent = parent;
        _first = first;
        _second = second;
    }

    /// <summary>An already written pointer.</summary>
    public static implicit operator LazyPointer(string pointer) => new(pointer, default, default);

    /// <summary>The pointer of a state, written out (once, on the site) only when needed.</summary>
    public static LazyPointer To(StateSite site) => new(site, default, default);

    /// <summary>The pointer of a container, written out (once, on the site) only when needed.</summary>
    public static LazyPointer To(ContainerSite container) => new(container, default, default);

    /// <summary>The pointer to member <paramref name="token"/> of the value at <paramref name="parent"/>.</summary>
    public static LazyPointer Child(string parent, string token) => new(parent, new Step(token, 0), default);

    /// <summary>The pointer to item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static LazyPointer Child(string parent, int index) => new(parent, new Step(null, index + 1), default);

    /// <summary>The pointer to member <paramref name="token"/> of the value at <paramref name="parent"/>.</summary>
    public static LazyPointer Child(LazyPointer parent, string token) => parent.Member(token);

    /// <summary>The pointer to item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static LazyPointer Child(LazyPointer parent, int index) => parent.Item(index);

    /// <summary>The pointer to member <paramref name="token"/> of this value.</summary>
    public LazyPointer Member(string token) => Then(new Step(token, 0));

    /// <summary>The pointer to item <paramref name="index"/> of this array.</summary>
    public LazyPointer Item(int index) => Then(new Step(null, index + 1));

    /// <summary>
    /// This pointer with its pending steps folded into one shared link: the pointers of the many entries of a list or
    /// object that extend it then write this part out at most once between them, and only when one of them is written.
    /// </summary>
    public LazyPointer Shared() => _first.IsEmpty ? this : new LazyPointer(new Link(_parent, _first, _second), default, default);

    private LazyPointer Then(Step step) =>
        _first.IsEmpty ? new LazyPointer(_parent, step, default)
        : _second.IsEmpty ? new LazyPointer(_parent, _first, step)
        : new LazyPointer(new Link(_parent, _first, _second), step, default);

    /// <summary>The pointer as text.</summary>
    public string Text => _second.AppendTo(_first.AppendTo(Write(_parent)));

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string Write(object? parent) => parent switch
    {
        string text => text,
        StateSite site => site.Pointer,
        ContainerSite container => container.Pointer,
        Link link => link.Text,
        _ => JsonPointer.Root,
    };

    /// <summary>Steps moved out of the way by a third one: written out (and kept) when the pointer is.</summary>
    private sealed class Link(object? parent, Step first, Step second)
    {
        private string? _text;

        public string Text => _text ??= second.AppendTo(first.AppendTo(Write(parent)));
    }

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
