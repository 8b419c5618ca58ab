using System;
using System.Collections;
using System.Collections.Generic;

namespace Asl.Collections;

/// <summary>
/// An immutable array with value equality, so that model records compare by content.
/// <c>default</c> is the empty array.
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public EquatableArray(IEnumerable<T> items) => _items = new List<T>(items).ToArray();

    private EquatableArray(T[] items, bool _) => _items = items;

    /// <summary>The empty array (a list written empty, unlike <c>default</c>; see <see cref="IsDefault"/>).</summary>
    public static EquatableArray<T> Empty { get; } = new(Array.Empty<T>(), true);

    /// <summary>Wraps <paramref name="items"/> without copying; the caller must not mutate it afterwards.</summary>
    public static EquatableArray<T> UnsafeWrap(T[] items) => new(items, true);

    /// <summary>Number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when the array has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>
    /// True for the default value, which holds no array: how a reader marks a list it could not read (missing, or not a
    /// JSON array), as opposed to one written empty. Equality does not tell the two apart.
    /// </summary>
    public bool IsDefault => _items is null;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var a = _items ?? Array.Empty<T>();
        var b = other._items ?? Array.Empty<T>();
        if (ReferenceEquals(a, b)) return true;
        if (a.Length != b.Length) return false;
        // Items may hold arrays in turn (JSON values): nesting deep enough to exhaust the stack fails with
        // InsufficientExecutionStackException, which callers can catch, instead of ending the process.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
            if (!comparer.Equals(a[i], b[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            if (_items is null) return hash;
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            var comparer = EqualityComparer<T>.Default;
            foreach (var item in _items) hash = hash * 31 + (item is null ? 0 : comparer.GetHashCode(item));
            return hash;
        }
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>
    /// A struct enumerator, so that <c>foreach</c> over the array allocates nothing (the interface
    /// enumerator boxes, which showed up in the engine's and validator's allocation profiles).
    /// </summary>
    public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Enumerates the items of an <see cref="EquatableArray{T}"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Moves to the next item; false at the end.</summary>
        public bool MoveNext() => ++_index < _items.Length;
    }

    /// <summary>Wraps a copy of a list.</summary>
    public static implicit operator EquatableArray<T>(T[] items) => new(items);

    /// <summary>Wraps a copy of a list.</summary>
    public static implicit operator EquatableArray<T>(List<T> items) => new(items);

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", this)}]";
}

/// <summary>Factory helpers for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from the given items.</summary>
    public static EquatableArray<T> Create<T>(params T[] items) => new(items);

    /// <summary>Copies a sequence into an equatable array.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
}
