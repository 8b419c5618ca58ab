using System.Text;

namespace Asl.Json;

/// <summary>
/// Shares the string objects of short keys and values that repeat ("Type", "Next", "Pass", "1", ...), so a
/// large definition does not allocate the same text hundreds of thousands of times. Bounded, so unique
/// texts (state names, say) cost no more than a plain decode once it is full. One cache per thread lives
/// on from read to read (<see cref="ForThread"/>): the strings are immutable, and building the table anew
/// for every definition cost more than it saved.
/// </summary>
internal sealed class StringCache
{
    private const int MaxEntries = 4096;
    private const int MaxBytes = 64;

    [ThreadStatic] private static StringCache? _forThread;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    // A reused buffer rather than a stackalloc: the stack buffer was zeroed on every call (a tenth of reading).
    private readonly char[] _buffer = new char[MaxBytes];
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private StringCache()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        // Keys read from the text become the very objects the reader compares them with ("Type", "Next", ...),
        // so most name comparisons stop at the reference check instead of comparing characters.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(ModelReader).TypeHandle);
        foreach (var name in FieldSet.AllNames) _strings.TryAdd(name, name);
    }

    /// <summary>The calling thread's cache.</summary>
    public static StringCache ForThread => _forThread ??= new StringCache();

    /// <summary>The string for valid UTF-8 <paramref name="utf8"/> that holds no JSON escapes.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes) return Encoding.UTF8.GetString(utf8);
        var chars = _buffer.AsSpan(0, Encoding.UTF8.GetChars(utf8, _buffer));
        if (_lookup.TryGetValue(chars, out var cached)) return cached;
        var text = new string(chars);
        if (_strings.Count < MaxEntries) _strings.Add(text, text);
        return text;
    }
}
