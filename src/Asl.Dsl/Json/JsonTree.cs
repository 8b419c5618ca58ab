using System;
using System.Collections.Generic;
using System.Collections.Concurrent;

namespace Asl.Json;

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
internal enum JsonNodeKind : byte
{
    Null,
    True,
    False,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A JSON document as read from the text, with where every key and value starts (a byte offset; see
/// <see cref="Positions"/> for lines and columns).
/// Stored flat (arrays of structs) rather than as one object per node: a 10 MB definition has millions of
/// nodes, and an object graph that size makes the garbage collector the main cost of reading. Nodes and
/// members live in chunks of <see cref="ChunkSize"/> entries, each below the 85,000 bytes at which .NET
/// puts an array on the large object heap: one flat array per read landed there for every definition over
/// ~20 KB, and those arrays set off a full (gen2) collection every dozen reads.
/// The children of a container have consecutive indexes in the members or <see cref="Items"/>.
/// </summary>
internal sealed class JsonTree
{
    // 2,048 entries: NodeData is 24 bytes and MemberData 16, so a chunk is at most 48 KB.
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    // Objects with many members get a name index on first lookup, so that locating findings in a
    // States object of thousands of states stays linear overall.
    private const int IndexedMemberCount = 16;
    private readonly ConcurrentDictionary<int, Dictionary<string, int>> _memberIndexes = new();

    private NodeData[][] _nodes;
    private MemberData[][] _members;
    internal int NodeCount;
    internal int MemberCount;
    internal int[] Items;
    internal int ItemCount;

    /// <param name="capacity">The expected number of nodes (the first chunks start at about this size).</param>
    /// <param name="positions">Lines and columns of the text's byte offsets.</param>
    public JsonTree(int capacity, TextPositions positions)
    {
        Positions = positions;
        _nodes = [new NodeData[Math.Min(ChunkSize, capacity)]];
        _members = [new MemberData[Math.Min(ChunkSize, Math.Max(4, capacity / 2))]];
        Items = new int[Math.Max(4, capacity / 4)];
    }

    /// <summary>Lines and columns of the offsets the nodes and members store.</summary>
    public TextPositions Positions { get; }

    /// <summary>The first value read (the document root).</summary>
    public JsonNode Root => new(this, 0);

    /// <summary>Node <paramref name="index"/>.</summary>
    internal ref NodeData Node(int index) => ref _nodes[index >> ChunkShift][index & ChunkMask];

    /// <summary>Member <paramref name="index"/> (of all objects' members).</summary>
    internal ref MemberData Member(int index) => ref _members[index >> ChunkShift][index & ChunkMask];

    /// <summary>The index of the member that counts for <paramref name="name"/>, or -1.</summary>
    internal int FindMember(int node, string name)
    {
        ref readonly var data = ref Node(node);
        if (data.Count > IndexedMemberCount)
            return _memberIndexes.GetOrAdd(node, BuildMemberIndex).TryGetValue(name, out var indexed) ? indexed : -1;
        for (var i = data.First + data.Count - 1; i >= data.First; i--)
            if (SameKey(Member(i).Name, name)) return i;
        return -1;
    }

    /// <summary>
    /// Ordinal key equality, cheap for the usual cases: keys read from the text are shared objects (the reader's
    /// string cache), so an equal key is mostly the same reference, and length and first character settle most
    /// unequal pairs before the characters are compared.
    /// </summary>
    internal static bool SameKey(string a, string b) =>
        ReferenceEquals(a, b) || (a.Length == b.Length && (a.Length == 0 || a[0] == b[0]) && string.Equals(a, b));

    private Dictionary<string, int> BuildMemberIndex(int node)
    {
        var data = Node(node);
        var index = new Dictionary<string, int>(data.Count, StringComparer.Ordinal);
        // Later members overwrite earlier ones: the last occurrence of a repeated key counts.
        for (var i = data.First; i < data.First + data.Count; i++) index[Member(i).Name] = i;
        return index;
    }

    internal int AddNode(JsonNodeKind kind, int offset, string? text)
    {
        var chunk = NodeCount >> ChunkShift;
        if (chunk >= _nodes.Length || _nodes[chunk] is not { } nodes || (NodeCount & ChunkMask) >= nodes.Length)
            EnsureCapacity(ref _nodes, NodeCount + 1);
        Node(NodeCount) = new NodeData { Kind = kind, Offset = offset, Text = text };
        return NodeCount++;
    }

    /// <summary>Stores the members of object <paramref name="node"/> under consecutive indexes.</summary>
    internal void SetMembers(int node, ReadOnlySpan<MemberData> members)
    {
        EnsureCapacity(ref _members, MemberCount + members.Length);
        var target = MemberCount;
        while (!members.IsEmpty)
        {
            var chunk = _members[target >> ChunkShift].AsSpan(target & ChunkMask);
            var count = Math.Min(chunk.Length, members.Length);
            members[..count].CopyTo(chunk);
            members = members[count..];
            target += count;
        }
        ref var data = ref Node(node);
        data.First = MemberCount;
        data.Count = target - MemberCount;
        MemberCount = target;
    }

    /// <summary>Stores the items of array <paramref name="node"/> contiguously.</summary>
    internal void SetItems(int node, ReadOnlySpan<int> items)
    {
        if (ItemCount + items.Length > Items.Length) Array.Resize(ref Items, Math.Max(Items.Length * 2, ItemCount + items.Length));
        items.CopyTo(Items.AsSpan(ItemCount));
        ref var data = ref Node(node);
        data.First = ItemCount;
        data.Count = items.Length;
        ItemCount += items.Length;
    }

    /// <summary>
    /// Makes room for <paramref name="count"/> entries: the first chunk grows up to <see cref="ChunkSize"/>
    /// (small documents stay small), then whole chunks are added.
    /// </summary>
    private static void EnsureCapacity<T>(ref T[][] chunks, int count)
    {
        var last = (count - 1) >> ChunkShift;
        if (last == 0)
        {
            if (count > chunks[0].Length) Array.Resize(ref chunks[0], Math.Min(ChunkSize, Math.Max(chunks[0].Length * 2, count)));
            return;
        }
        if (chunks[0].Length < ChunkSize) Array.Resize(ref chunks[0], ChunkSize);
        if (last >= chunks.Length) Array.Resize(ref chunks, Math.Max(last + 1, chunks.Length * 2));
        for (var i = last; i > 0 && chunks[i] is null; i--) chunks[i] = new T[ChunkSize];
    }
}

/// <summary>One value: its kind, where it starts (byte offset), its text (string value or number text) and its children.</summary>
internal struct NodeData
{
    public JsonNodeKind Kind;
    public int Offset;
    public string? Text;
    public int First;
    public int Count;
}

/// <summary>
/// One member of an object: its key, where the key starts (byte offset), the index of its value node, and whether a
/// later member of the same object repeats the key (then this one does not count).
/// </summary>
internal readonly struct MemberData
{
    // The value's node index, with the sign bit marking a shadowed member: 16 bytes per member instead of 24.
    private readonly int _value;

    public MemberData(string name, int offset, int value, bool shadowed = false)
    {
        Name = name;
        Offset = offset;
        _value = shadowed ? value | int.MinValue : value;
    }

    public string Name { get; }

    public int Offset { get; }

    public int Value => _value & int.MaxValue;

    public bool Shadowed => _value < 0;

    /// <summary>This member, marked as hidden by a later one with the same key.</summary>
    public MemberData AsShadowed() => new(Name, Offset, Value, shadowed: true);
}

/// <summary>A value of a <see cref="JsonTree"/> (a cheap handle: the tree and an index).</summary>
internal readonly struct JsonNode(JsonTree tree, int index)
{
    private ref readonly NodeData Data => ref tree.Node(index);

    public JsonNodeKind Kind => Data.Kind;

    /// <summary>The line and column where the value starts.</summary>
    public (int Line, int Column) Position => tree.Positions.At(Data.Offset);

    /// <summary>The value of a string, or the JSON text of a number.</summary>
    public string? Text => Data.Text;

    public bool IsObject => Kind == JsonNodeKind.Object;

    public bool IsArray => Kind == JsonNodeKind.Array;

    public bool IsString => Kind == JsonNodeKind.String;

    /// <summary>Number of members of an object, repeated keys included (0 for other kinds).</summary>
    public int MemberCount => IsObject ? Data.Count : 0;

    /// <summary>Number of items of an array (0 for other kinds).</summary>
    public int ItemCount => IsArray ? Data.Count : 0;

    public JsonMember Member(int i) => new(tree, Data.First + i);

    public JsonNode Item(int i) => new(tree, tree.Items[Data.First + i]);

    /// <summary>The last member with this name (the one that counts when a key repeats), or null.</summary>
    public JsonMember? Find(string name)
    {
        if (!IsObject) return null;
        var member = tree.FindMember(index, name);
        return member < 0 ? null : new JsonMember(tree, member);
    }

    /// <summary>
    /// True when member <paramref name="i"/> is hidden by a later member of the same name; readers skip
    /// such members so that each key is seen once, with its last value.
    /// </summary>
    public bool IsShadowed(int i) => tree.Member(Data.First + i).Shadowed;
}

/// <summary>A member of an object in a <see cref="JsonTree"/>.</summary>
internal readonly struct JsonMember(JsonTree tree, int index)
{
    public string Name => tree.Member(index).Name;

    /// <summary>The line and column where the key starts.</summary>
    public (int Line, int Column) Position => tree.Positions.At(tree.Member(index).Offset);

    public JsonNode Value => new(tree, tree.Member(index).Value);
}
