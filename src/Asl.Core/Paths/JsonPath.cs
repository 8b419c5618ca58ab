using System.Text;
using Asl.Collections;

namespace Asl.Paths;

/// <summary>Where a path starts.</summary>
public enum PathRoot
{
    /// <summary><c>$</c>: the state's (effective) input, or the value the field is applied to.</summary>
    Input,
    /// <summary><c>$$</c>: the Context Object.</summary>
    Context,
    /// <summary><c>$name</c>: a workflow variable (see <see cref="JsonPath.VariableName"/>).</summary>
    Variable,
    /// <summary><c>@</c>: the node under test; only inside a filter expression.</summary>
    Current,
}

/// <summary>
/// A parsed JSONPath as ASL uses it: a root (<c>$</c>, <c>$$</c>, <c>$name</c>, or <c>@</c> inside filters)
/// followed by segments. Immutable, with value equality. <see cref="ToString"/> gives a canonical spelling that
/// parses back to an equal path.
/// </summary>
/// <param name="Root">Where the path starts.</param>
/// <param name="VariableName">The variable's name when <paramref name="Root"/> is <see cref="PathRoot.Variable"/>; otherwise null.</param>
/// <param name="Segments">The segments, applied left to right.</param>
public sealed record JsonPath(PathRoot Root, string? VariableName, EquatableArray<PathSegment> Segments)
{
    /// <summary>
    /// True for a Reference Path: a path that can select at most one node, because every segment is a
    /// single child name or a non-negative index (no wildcards, recursive descent, unions, slices, filters or
    /// negative indexes). ASL requires Reference Paths in ResultPath, ItemsPath and the <c>*Path</c> fields.
    /// </summary>
    public bool IsReferencePath
    {
        get
        {
            if (Root == PathRoot.Current) return false;
            foreach (var segment in Segments)
            {
                if (segment.IsDescendant || segment.Selectors.Count != 1) return false;
                switch (segment.Selectors[0])
                {
                    case NameSelector:
                        continue;
                    case IndexSelector index when index.Index >= 0:
                        continue;
                    default:
                        return false;
                }
            }
            return true;
        }
    }

    /// <summary>True when the path has no segments (<c>$</c>, <c>$$</c>, <c>$name</c> or <c>@</c> alone).</summary>
    public bool IsRootOnly => Segments.IsEmpty;

    /// <summary>
    /// The leading child names of the path, up to the first segment that is not a single child name
    /// (for <c>$$.Map.Item.Value</c>: Map, Item, Value).
    /// </summary>
    public EquatableArray<string> LeadingNames
    {
        get
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (var segment in Segments)
            {
                if (segment.IsDescendant || segment.Selectors.Count != 1 || segment.Selectors[0] is not NameSelector name) break;
                names.Add(name.Name);
            }
            return names;
        }
    }

    /// <summary>Parses <paramref name="text"/>; see <see cref="JsonPathParser.Parse"/>.</summary>
    public static JsonPathParseResult Parse(string text) => JsonPathParser.Parse(text);

    /// <summary>The canonical spelling of the path, for example <c>$.a['b c'][0]</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        PathFormatter.Write(builder, this);
        return builder.ToString();
    }
}
