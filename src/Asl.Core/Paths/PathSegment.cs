using Asl.Collections;

namespace Asl.Paths;

/// <summary>
/// One step of a path: a child segment (<c>.name</c>, <c>[...]</c>) selects among the children of each
/// current node; a descendant segment (<c>..name</c>, <c>..[...]</c>) among the node and all its descendants.
/// A segment with several selectors is a union (<c>[0,2]</c>, <c>['a','b']</c>); the results keep selector order.
/// </summary>
/// <param name="Selectors">The selectors; at least one.</param>
/// <param name="IsDescendant">True for recursive descent (<c>..</c>).</param>
public sealed record PathSegment(EquatableArray<PathSelector> Selectors, bool IsDescendant = false)
{
    /// <summary>A child segment with one selector.</summary>
    public static PathSegment Child(PathSelector selector) => new(EquatableArray<PathSelector>.UnsafeWrap(new[] { selector }));

    /// <summary>A child segment selecting the member <paramref name="name"/> (<c>.name</c>).</summary>
    public static PathSegment Member(string name) => Child(new NameSelector(name));

    /// <summary>A child segment selecting the array element at <paramref name="index"/> (<c>[index]</c>).</summary>
    public static PathSegment Element(int index) => Child(new IndexSelector(index));

    /// <summary>A descendant segment with one selector (<c>..name</c>, <c>..*</c>).</summary>
    public static PathSegment Descendant(PathSelector selector) => new(EquatableArray<PathSelector>.UnsafeWrap(new[] { selector }), true);
}

/// <summary>What a segment selects from a node. The subtypes are the complete set.</summary>
public abstract record PathSelector
{
    private protected PathSelector() { }
}

/// <summary>The member with this name of an object (<c>.name</c>, <c>['name']</c>); nothing for other values.</summary>
/// <param name="Name">The member name, unescaped.</param>
public sealed record NameSelector(string Name) : PathSelector;

/// <summary>Every member value of an object, or every element of an array (<c>*</c>).</summary>
public sealed record WildcardSelector : PathSelector
{
    private WildcardSelector() { }

    /// <summary>The single instance.</summary>
    public static WildcardSelector Instance { get; } = new();
}

/// <summary>
/// The array element at <see cref="Index"/>; a negative index counts from the end (<c>[-1]</c> is the last
/// element; <c>[(@.length-1)]</c> parses to the same selector).
/// </summary>
/// <param name="Index">The index.</param>
public sealed record IndexSelector(int Index) : PathSelector;

/// <summary>
/// Array elements from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) every
/// <see cref="Step"/> elements (<c>[start:end:step]</c>); a null bound takes its default, negative bounds count
/// from the end. The step is never 0.
/// </summary>
/// <param name="Start">The first index, or null.</param>
/// <param name="End">The index after the last, or null.</param>
/// <param name="Step">The step, or null for 1.</param>
public sealed record SliceSelector(int? Start, int? End, int? Step) : PathSelector;

/// <summary>The member values or elements for which <see cref="Expression"/> holds (<c>[?(...)]</c>).</summary>
/// <param name="Expression">The condition; <c>@</c> in it is the member value or element under test.</param>
public sealed record FilterSelector(FilterExpression Expression) : PathSelector;
