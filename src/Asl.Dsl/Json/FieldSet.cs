using System;
using System.Collections.Generic;
namespace Asl.Json;

/// <summary>The field names an ASL object allows, for lookups and (in their canonical order) for messages.</summary>
internal sealed class FieldSet
{
    private readonly string[] _names;
    private readonly HashSet<string> _set;

    private static readonly List<string> Registered = [];

    public FieldSet(params string[] names)
    {
        _names = names;
        _set = new HashSet<string>(names, StringComparer.Ordinal);
        lock (Registered) Registered.AddRange(names);
    }

    /// <summary>
    /// Every name of every field set created so far (the reader's are static, so all of them once
    /// <see cref="ModelReader"/> is initialised): the very string objects the reader looks keys up with.
    /// </summary>
    public static string[] AllNames
    {
        get
        {
            lock (Registered) return [.. Registered];
        }
    }

    /// <summary>True when <paramref name="name"/> is one of the names.</summary>
    public bool Contains(string name)
    {
        // Keys read from the text are the very name objects (the reader's string cache starts with them), so a
        // reference scan answers for every known field without hashing; only other keys reach the set.
        foreach (var known in _names) if (ReferenceEquals(known, name)) return true;
        return _set.Contains(name);
    }

    /// <summary>A set with these names added.</summary>
    public FieldSet With(params string[] names) => new([.. _names, .. names]);

    /// <summary>The names, comma-separated.</summary>
    public override string ToString() => string.Join(", ", _names);
}
