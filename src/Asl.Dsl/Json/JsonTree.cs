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
/// A JSON document as read from the text, with the 1-based line and column of every key and value.
/// Stored flat (three arrays of structs) rather than as one object per node: a 10 MB definition has
/// millions of nodes, and an object graph that size makes the garbage collector the main cost of reading.
/// The children of a container are contiguous in <see cref="Members"/> or <see cref="Items"/>.
/// </summary>
internal sealed class JsonTree
{
    // Objects with many members get a name index on first lookup, so that locating findings in a
    // States object of thousands of states stays linear overall.
    private const int IndexedMemberCount = 16;
    private readonly ConcurrentDictionary<int, Dictionary<string, int>> _memberIndexes = new();

    internal NodeData[] Nodes;
    internal int NodeCount;
    internal MemberData[] Members;
    internal int MemberCount;
    internal int[] Items;
    internal int ItemCount;

    public JsonTree(int capacity)
    {
        Nodes = new NodeData[capacity];
        Members = new MemberData[Math.Max(4, capacity / 2)];
        Items = new int[Math.Max(4, capacity / 4)];
    }

    /// <summary>The first value read (the document root).</summary>
    public JsonNode Root => new(this, 0);

    /// <summary>The index in <see cref="Members"/> of the member that counts for <paramref name="name"/>, or -1.</summary>
    internal int FindMember(int node, string name)
    {
        ref readonly var data = ref Nodes[node];
        if (data.Count > IndexedMemberCount)
            return _memberIndexes.GetOrAdd(node, BuildMemberIndex).TryGetValue(name, out var indexed) ? indexed : -1;
        for (var i = data.First + data.Count - 1; i >= data.First; i--)
            if (Members[i].Name == name) return i;
        return -1;
    }

    private Dictionary<string, int> BuildMemberIndex(int node)
    {
        var data = Nodes[node];
        var index = new Dictionary<string, int>(data.Count, StringComparer.Ordinal);
        // Later members overwrite earlier ones: the last occurrence of a repeated key counts.
        for (var i = data.First; i < data.First + data.Count; i++) index[Members[i].Name] = i;
        return index;
    }

    internal int AddNode(JsonNodeKind kind, int line, int column, string? text)
    {
        if (NodeCount == Nodes.Length) Array.Resize(ref Nodes, Nodes.Length * 2);
        Nodes[NodeCount] = new NodeData { Kind = kind, Line = line, Column = column, Text = text };
        return NodeCount++;
    }

    /// <summary>Stores the members of object <paramref name="node"/> contiguously.</summary>
    internal void SetMembers(int node, ReadOnlySpan<MemberData> members)
    {
        if (MemberCount + members.Length > Members.Length) Array.Resize(ref Members, Math.Max(Members.Length * 2, MemberCount + members.Length));
        members.CopyTo(Members.AsSpan(MemberCount));
        Nodes[node].First = MemberCount;
        Nodes[node].Count = members.Length;
        MemberCount += members.Length;
    }

    /// <summary>Stores the items of array <paramref name="node"/> contiguously.</summary>
    internal void SetItems(int node, ReadOnlySpan<int> items)
    {
        if (ItemCount + items.Length > Items.Length) Array.Resize(ref Items, Math.Max(Items.Length * 2, ItemCount + items.Length));
        items.CopyTo(Items.AsSpan(ItemCount));
        Nodes[node].First = ItemCount;
        Nodes[node].Count = items.Length;
        ItemCount += items.Length;
    }
}

/// <summary>One value: its kind, where it starts, its text (string value or number text) and its children.</summary>
internal struct NodeData
{
    public JsonNodeKind Kind;
    public int Line;
    public int Column;
    public string? Text;
    public int First;
    public int Count;
}

/// <summary>
/// One member of an object: its key, where the key starts, the index of its value node, and whether a later
/// member of the same object repeats the key (then this one does not count).
/// </summary>
internal readonly record struct MemberData(string Name, int Line, int Column, int Value, bool Shadowed = false);

/// <summary>A value of a <see cref="JsonTree"/> (a cheap handle: the tree and an index).</summary>
internal readonly struct JsonNode(JsonTree tree, int index)
{
    private ref readonly NodeData Data => ref tree.Nodes[index];

    public JsonNodeKind Kind => Data.Kind;

    public int Line => Data.Line;

    public int Column => Data.Column;

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
    public bool IsShadowed(int i) => tree.Members[Data.First + i].Shadowed;
}

/// <summary>A member of an object in a <see cref="JsonTree"/>.</summary>
internal readonly struct JsonMember(JsonTree tree, int index)
{
    public string Name => tree.Members[index].Name;

    public int Line => tree.Members[index].Line;

    public int Column => tree.Members[index].Column;

    public JsonNode Value => new(tree, tree.Members[index].Value);
}
