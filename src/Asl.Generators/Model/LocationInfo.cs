using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Asl.Generators.Model;

/// <summary>A cache-safe location: plain data instead of a <see cref="Location"/> that would pin a syntax tree.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The location in its syntax tree when <paramref name="trees"/> has the file, else at the file position.</summary>
    public Location ToLocation(SourceTrees? trees = null) =>
        trees?.Find(FilePath) is { } tree && Span.End <= tree.Length ? Location.Create(tree, Span) : Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxNode node) => From(node.GetLocation());

    public static LocationInfo? From(Location location) =>
        location.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
