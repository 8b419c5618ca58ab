using System;
using System.Linq;
using System.Text;

namespace Asl.Json;

/// <summary>
/// Shares the string objects of short keys and values that repeat ("Type", "Next", "Pass", "1", ...), so a
/// large definition does not allocate the same text hundreds of thousands of times. Bounded, so unique
/// texts (state names, say) cost no more than a plain decode once it is full. One cache per thread lives
/// on from read to read (<see cref="ForThread"/>): the strings are immutable, and building the table anew
/// for every definition cost more than it saved. Looked up by the UTF-8 bytes themselves, so a text that
/// is already cached is neither decoded nor hashed as characters.
/// </summary>
internal sealed class StringCache
{
    private const int MaxEntries = 4096;
    private const int MaxBytes = 64;
    private const int SlotMask = MaxEntries * 2 - 1; // at most half full, so probe chains stay short

    [ThreadStatic] private static StringCache? _forThread;

    private readonly Entry[] _slots = new Entry[SlotMask + 1];
    private int _count;

    private StringCache()
    {
        // Keys read from the text become the very objects the reader compares them with ("Type", "Next", ...),
        // so most name comparisons stop at the reference check instead of comparing characters.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(ModelReader).TypeHandle);
        foreach (var name in FieldSet.AllNames)
        {
            var utf8 = Encoding.UTF8.GetBytes(name);
            if (utf8.Length > MaxBytes) continue;
            var hash = Hash(utf8);
            var slot = Find(utf8, hash);
            if (_slots[slot].Text is null) Add(slot, utf8, name, hash);
        }
    }

    /// <summary>The calling thread's cache.</summary>
    public static StringCache ForThread => _forThread ??= new StringCache();

    /// <summary>The string for valid UTF-8 <paramref name="utf8"/> that holds no JSON escapes.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes) return Encoding.UTF8.GetString(utf8);
        var hash = Hash(utf8);
        var slot = Find(utf8, hash);
        if (_slots[slot].Text is { } cached) return cached;
        var text = Encoding.UTF8.GetString(utf8);
        if (_count < MaxEntries) Add(slot, utf8.ToArray(), text, hash);
        return text;
    }

    /// <summary>The slot that holds <paramref name="utf8"/>, or the empty slot where it belongs (linear probing).</summary>
    private int Find(ReadOnlySpan<byte> utf8, int hash)
    {
        var slot = hash & SlotMask;
        while (_slots[slot].Text is not null)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Hash == hash && utf8.SequenceEqual(entry.Utf8)) return slot;
            slot = (slot + 1) & SlotMask;
        }
        return slot;
    }

    private void Add(int slot, byte[] utf8, string text, int hash)
    {
        _slots[slot] = new Entry(utf8, text, hash);
        _count++;
    }

    /// <summary>FNV-1a over the bytes: texts here are at most <see cref="MaxBytes"/> long and mostly under 16.</summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8) hash = (hash ^ b) * 16777619u;
        return (int)hash;
    }

    private readonly record struct Entry(byte[] Utf8, string Text, int Hash);
}
