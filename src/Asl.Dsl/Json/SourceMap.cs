using System.Collections.Generic;
using Asl.Diagnostics;
using System.Globalization;

namespace Asl.Json;

/// <summary>
/// Maps JSON pointers (RFC 6901, as in findings) to 1-based lines and columns of the definition text.
/// Columns count UTF-16 code units. A pointer that names nothing in the text (for example a field that is
/// missing) falls back to the nearest ancestor that exists. When a key repeats, the last occurrence counts,
/// as it does in the model.
/// </summary>
public sealed class SourceMap
{
    private readonly JsonTree? _tree;
    private readonly int _fallbackLine;
    private readonly int _fallbackColumn;

    private SourceMap(JsonTree? tree, int fallbackLine, int fallbackColumn)
    {
        _tree = tree;
        _fallbackLine = fallbackLine;
        _fallbackColumn = fallbackColumn;
    }

    /// <summary>A map that knows no locations (nothing was read).</summary>
    public static SourceMap Empty { get; } = new(null, 0, 0);

    // The root's position is found only when a pointer names nothing else: most maps are never asked.
    internal static SourceMap ForTree(JsonTree tree) => new(tree, -1, -1);

    /// <summary>
    /// A map for text that could not be read as JSON: every pointer resolves to the position where reading
    /// stopped, so that the parse finding (at the root pointer) has a location.
    /// </summary>
    internal static SourceMap ForFailure(int line, int column) => new(null, line, column);

    /// <summary>True when the map has any location at all.</summary>
    public bool HasLocations => _tree is not null || _fallbackLine > 0;

    /// <summary>
    /// Where the node at <paramref name="pointer"/> starts. For an object member this is its key (findings
    /// point at the member); for an array item or the root it is the value. Falls back to the nearest
    /// ancestor that exists in the text.
    /// </summary>
    /// <returns>False only when the map has no locations.</returns>
    public bool TryGetLocation(string pointer, out int line, out int column) => Locate(pointer, preferKey: true, out line, out column, out _);

    /// <summary>Like <see cref="TryGetLocation(string, out int, out int)"/>, but for a member gives where its value starts.</summary>
    public bool TryGetValueLocation(string pointer, out int line, out int column) => Locate(pointer, preferKey: false, out line, out column, out _);

    /// <summary>True when <paramref name="pointer"/> names a node that exists in the text (no fallback needed).</summary>
    public bool Contains(string pointer) => Locate(pointer, preferKey: true, out _, out _, out var exact) && exact;

    private bool Locate(string? pointer, bool preferKey, out int line, out int column, out bool exact)
    {
        line = _fallbackLine;
        column = _fallbackColumn;
        exact = false;
        if (!HasLocations) return false;
        if (_tree is null) return true;

        pointer ??= "";
        var node = _tree.Root;
        (line, column) = node.Position;
        exact = true;
        var position = 0;
        while (position < pointer.Length)
        {
            if (pointer[position] != '/')
            {
                exact = false;
                return true;
            }
            var end = pointer.IndexOf('/', position + 1);
            if (end < 0) end = pointer.Length;
            var token = pointer.Substring(position + 1, end - position - 1);
            position = end;

            if (node.IsObject && node.Find(Unescape(token)) is { } member)
            {
                node = member.Value;
                (line, column) = preferKey ? member.Position : node.Position;
                continue;
            }
            if (node.IsArray && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < node.ItemCount && (token.Length == 1 || token[0] != '0'))
            {
                node = node.Item(index);
                (line, column) = node.Position;
                continue;
            }
            exact = false;
            return true;
        }
        return true;
    }

    /// <summary>
    /// Every node of the text by JSON pointer, with where it starts (its key, for an object member) and how long that
    /// token is (the quoted key, else one character); for an editor to mark each node.
    /// </summary>
    internal IEnumerable<(string Pointer, int Line, int Column, int Length)> Nodes()
    {
        if (_tree is null) yield break;
        var pending = new Stack<(JsonNode Node, string Pointer)>();
        var (rootLine, rootColumn) = _tree.Root.Position;
        yield return (JsonPointer.Root, rootLine, rootColumn, 1);
        pending.Push((_tree.Root, JsonPointer.Root));
        while (pending.Count > 0)
        {
            var (node, pointer) = pending.Pop();
            for (var i = 0; i < node.MemberCount; i++)
            {
                if (node.IsShadowed(i)) continue;
                var member = node.Member(i);
                var child = JsonPointer.Append(pointer, member.Name);
                var (line, column) = member.Position;
                yield return (child, line, column, member.Name.Length + 2);
                pending.Push((member.Value, child));
            }
            for (var i = 0; i < node.ItemCount; i++)
            {
                var item = node.Item(i);
                var child = JsonPointer.Append(pointer, i);
                var (line, column) = item.Position;
                yield return (child, line, column, 1);
                pending.Push((item, child));
            }
        }
    }

    private static string Unescape(string token) =>
        token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");
}
