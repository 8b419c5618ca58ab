using System;
using System.Collections.Generic;
using System.Globalization;
using System.Collections.Immutable;
using System.Linq;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

// The evaluator's own values for what has no CLR type inside the generator: the user's objects, enums and tuples,
// lambdas, and indexes from the end. Everything else is a real CLR value (primitives, strings, arrays and BCL
// collections, and the Asl builders compiled into the generator).

/// <summary>
/// An instance of a class, record or struct of the user's compilation, or an anonymous object: its properties by C#
/// name, and as a dictionary its members by JSON name in declaration order (what a payload writes at run time, where
/// reflection reads the real object). Each member remembers the C# expression that gave its value.
/// </summary>
internal sealed class UserObject : Dictionary<string, object?>, ISourcedMembers
{
    private readonly Dictionary<string, string> _jsonNames;
    private readonly Dictionary<string, SourceOrigin> _origins = new(StringComparer.Ordinal);

    public UserObject(ITypeSymbol type, IReadOnlyList<(string Property, string JsonName)> members, SourceOrigin? origin) : base(members.Count, StringComparer.Ordinal)
    {
        Type = type;
        Origin = origin;
        _jsonNames = new Dictionary<string, string>(members.Count, StringComparer.Ordinal);
        foreach (var (property, jsonName) in members)
        {
            _jsonNames[property] = jsonName;
            this[jsonName] = null;
        }
    }

    /// <summary>The object's type (an anonymous type for <c>new { ... }</c>).</summary>
    public ITypeSymbol Type { get; }

    /// <summary>Where the object was created.</summary>
    public object? Origin { get; }

    public bool HasProperty(string property) => _jsonNames.ContainsKey(property);

    public object? Get(string property) => _jsonNames.TryGetValue(property, out var json) && TryGetValue(json, out var value) ? value : null;

    public void Set(string property, object? value, SourceOrigin? origin)
    {
        if (!_jsonNames.TryGetValue(property, out var json)) _jsonNames[property] = json = property;
        this[json] = value;
        if (origin is not null) _origins[json] = origin;
        else _origins.Remove(json);
    }

    public object? OriginOf(string member) => _origins.TryGetValue(member, out var origin) ? origin : null;

    private Dictionary<string, object?>? _fields;

    /// <summary>A field's value (fields are not payload members: reflection reads properties only).</summary>
    public object? GetField(string name) => _fields is not null && _fields.TryGetValue(name, out var value) ? value : null;

    public void SetField(string name, object? value) => (_fields ??= new(StringComparer.Ordinal))[name] = value;

    /// <summary>A copy for a <c>with</c> expression.</summary>
    public UserObject Clone()
    {
        var copy = new UserObject(Type, _jsonNames.Select(p => (p.Key, p.Value)).ToList(), null);
        foreach (var member in this) copy[member.Key] = member.Value;
        foreach (var origin in _origins) copy._origins[origin.Key] = origin.Value;
        if (_fields is not null) foreach (var field in _fields) copy.SetField(field.Key, field.Value);
        return copy;
    }
}

/// <summary>A value of an enum of the user's compilation. A payload writes it as the run-time enum's ToString() does.</summary>
internal sealed class EnumValue : IEquatable<EnumValue>, IEvaluatedValue
{
    public EnumValue(INamedTypeSymbol type, long value)
    {
        Type = type;
        Value = value;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The underlying value, widened.</summary>
    public long Value { get; }

    public object? PayloadValue => ToString();

    public bool Equals(EnumValue? other) => other is not null && other.Value == Value && SymbolEqualityComparer.Default.Equals(other.Type, Type);

    public override bool Equals(object? obj) => obj is EnumValue other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The member's name, the names of a [Flags] combination, else the number: what Enum.ToString() gives.</summary>
    public override string ToString()
    {
        var members = Type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
            .Select(f => (f.Name, Value: System.Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture))).ToList();
        foreach (var member in members)
            if (member.Value == Value) return member.Name;
        if (Type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute") && Value != 0)
        {
            var names = new List<string>();
            var rest = Value;
            foreach (var member in members.Where(m => m.Value != 0).OrderByDescending(m => m.Value))
            {
                if ((rest & member.Value) != member.Value) continue;
                names.Insert(0, member.Name);
                rest &= ~member.Value;
            }
            if (rest == 0) return string.Join(", ", names);
        }
        return Value.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>A tuple value (<c>("a", 1)</c>); its elements in order.</summary>
internal sealed class TupleValue : IEvaluatedValue
{
    public TupleValue(object?[] items) => Items = items;

    public object?[] Items { get; }

    public object? PayloadValue =>
        throw new WorkflowDefinitionException("A tuple has no member names in JSON; use an anonymous object (new { Name = ..., Value = ... }) or a record instead.");
}

/// <summary>A lambda, local function or method group, with the frame whose locals it captures.</summary>
internal sealed class Closure
{
    public Closure(IMethodSymbol method, IOperation? body, Frame? captured, IOperation? source = null)
    {
        Method = method;
        Body = body;
        Captured = captured;
        Source = source;
    }

    /// <summary>The lambda or method group in the source, for diagnostics.</summary>
    public IOperation? Source { get; }

    public IMethodSymbol Method { get; }

    /// <summary>The body to run, or null for a method group (the method is called instead).</summary>
    public IOperation? Body { get; }

    public Frame? Captured { get; }
}

/// <summary>An index counted from the end (<c>^1</c>).</summary>
internal readonly struct FromEnd
{
    public FromEnd(int value) => Value = value;

    public int Value { get; }
}

/// <summary>A range (<c>1..^1</c>); bounds are int, <see cref="FromEnd"/> or null.</summary>
internal sealed class RangeValue
{
    public RangeValue(object? start, object? end)
    {
        Start = start;
        End = end;
    }

    public object? Start { get; }

    public object? End { get; }

    public (int Offset, int Length) Resolve(int length)
    {
        static int At(object? bound, int length, int fallback) => bound switch
        {
            null => fallback,
            FromEnd end => length - end.Value,
            _ => System.Convert.ToInt32(bound, CultureInfo.InvariantCulture),
        };
        var start = At(Start, length, 0);
        var end = At(End, length, length);
        if (start < 0 || end > length || start > end) throw new ArgumentOutOfRangeException(nameof(length), "The range is outside the collection.");
        return (start, end - start);
    }
}

/// <summary>
/// Where a builder call or a value came from: the C# syntax it is reported on (made into a <see cref="LocationInfo"/>
/// only when something asks, since most origins are never reported), the builder method called, and where each of
/// its arguments is. The builders record it (<see cref="BuilderOrigin"/>) for each field they set.
/// </summary>
internal sealed class SourceOrigin : ICallOrigin
{
    private readonly SyntaxNode? _node;
    private LocationInfo? _location;
    private readonly ImmutableArray<IParameterSymbol> _parameters;
    private readonly SourceOrigin?[]? _arguments;

    public SourceOrigin(SyntaxNode node, string method = "", ImmutableArray<IParameterSymbol> parameters = default, SourceOrigin?[]? arguments = null)
    {
        _node = node;
        Method = method;
        _parameters = parameters;
        _arguments = arguments;
    }

    public SourceOrigin(LocationInfo? location, string method = "")
    {
        _location = location;
        Method = method;
    }

    /// <summary>A call reported at <paramref name="place"/>, with the origins of its arguments (and of their elements, for arrays).</summary>
    public SourceOrigin(SourceOrigin place, string method, ImmutableArray<IParameterSymbol> parameters, SourceOrigin?[] arguments, SourceOrigin?[]?[]? elements)
    {
        _node = place._node;
        _location = place._location;
        Method = method;
        _parameters = parameters;
        _arguments = arguments;
        _elements = elements;
    }

    private readonly SourceOrigin?[]?[]? _elements;

    /// <summary>The location to report on, or null when the syntax has no tree.</summary>
    public LocationInfo? Location => _location ??= _node is null ? null : LocationInfo.From(_node);

    /// <summary>The C# method whose call set the field, for example <c>Parameters</c>; empty for a value.</summary>
    public string Method { get; }

    /// <summary>This place, as the origin of a field set by <paramref name="method"/>.</summary>
    public SourceOrigin As(string method) => method == Method ? this : _node is not null ? new SourceOrigin(_node, method) : new SourceOrigin(Location, method);

    public object? ElementOrigin(string parameter, int index)
    {
        if (_elements is null) return null;
        for (var i = 0; i < _parameters.Length && i < _elements.Length; i++)
            if (_parameters[i].Name == parameter)
                return _elements[i] is { } elements && index < elements.Length ? elements[index]?.As(Method) : null;
        return null;
    }

    public object? ArgumentOrigin(string parameter)
    {
        if (_arguments is null) return null;
        for (var i = 0; i < _parameters.Length && i < _arguments.Length; i++)
            if (_parameters[i].Name == parameter) return _arguments[i]?.As(Method);
        return null;
    }
}
