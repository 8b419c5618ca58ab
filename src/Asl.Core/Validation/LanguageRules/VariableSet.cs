namespace Asl.Validation;

/// <summary>A set of variables as a bit set over the machine's assigned names, so the dataflow copies words, not strings.</summary>
internal sealed class VariableSet
{
    private readonly ulong[] _words;

    public VariableSet(int capacity) => _words = new ulong[(capacity + 63) / 64];

    private VariableSet(ulong[] words) => _words = words;

    public VariableSet Copy() => new((ulong[])_words.Clone());

    public bool Contains(int index) => index >= 0 && (_words[index >> 6] & (1UL << (index & 63))) != 0;

    public void Add(int index) => _words[index >> 6] |= 1UL << (index & 63);

    /// <summary>Adds every member of <paramref name="other"/>; true when this set grew.</summary>
    public bool UnionWith(VariableSet other)
    {
        var changed = false;
        for (var i = 0; i < _words.Length; i++)
        {
            var merged = _words[i] | other._words[i];
            changed |= merged != _words[i];
            _words[i] = merged;
        }
        return changed;
    }

    /// <summary>Keeps only members of <paramref name="other"/>; true when this set shrank.</summary>
    public bool IntersectWith(VariableSet other)
    {
        var changed = false;
        for (var i = 0; i < _words.Length; i++)
        {
            var kept = _words[i] & other._words[i];
            changed |= kept != _words[i];
            _words[i] = kept;
        }
        return changed;
    }

    /// <summary>Keeps only members of <paramref name="a"/> or <paramref name="b"/> (without building their union); true when this set shrank.</summary>
    public bool IntersectWithUnion(VariableSet a, VariableSet b)
    {
        var changed = false;
        for (var i = 0; i < _words.Length; i++)
        {
            var kept = _words[i] & (a._words[i] | b._words[i]);
            changed |= kept != _words[i];
            _words[i] = kept;
        }
        return changed;
    }

    public static VariableSet Union(VariableSet a, VariableSet b)
    {
        var result = a.Copy();
        result.UnionWith(b);
        return result;
    }
}
