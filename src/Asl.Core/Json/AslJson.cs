using System;
using System.Globalization;
using Asl.Collections;

namespace Asl.Json;

/// <summary>
/// A JSON value inside the ASL model (payload templates, Result, Arguments, Output, and fields that may
/// hold either a literal or a JSONata string). Immutable, with value equality; object members keep their order.
/// </summary>
public abstract record AslJson
{
    private protected AslJson() { }

    /// <summary>The JSON kind of this value.</summary>
    public abstract AslJsonKind Kind { get; }

    /// <summary>JSON <c>null</c>.</summary>
    public static AslJsonNull Null => AslJsonNull.Instance;

    /// <summary>Creates a string value.</summary>
    public static AslJsonString Of(string value) => new(value);

    /// <summary>Creates a boolean value.</summary>
    public static AslJsonBool Of(bool value) => value ? AslJsonBool.True : AslJsonBool.False;

    /// <summary>Creates a number value.</summary>
    public static AslJsonNumber Of(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Creates a number value (shortest round-trip form).</summary>
    public static AslJsonNumber Of(double value) => AslJsonNumber.FromDouble(value);

    /// <summary>Creates a number value.</summary>
    public static AslJsonNumber Of(decimal value) => new(value.ToString(CultureInfo.InvariantCulture));
}

/// <summary>The kinds of JSON values.</summary>
public enum AslJsonKind
{
    /// <summary>null</summary>
    Null,
    /// <summary>true or false</summary>
    Boolean,
    /// <summary>a number</summary>
    Number,
    /// <summary>a string</summary>
    String,
    /// <summary>an array</summary>
    Array,
    /// <summary>an object</summary>
    Object,
}

/// <summary>JSON null.</summary>
public sealed record AslJsonNull : AslJson
{
    private AslJsonNull() { }

    /// <summary>The single instance.</summary>
    public static AslJsonNull Instance { get; } = new();

    /// <inheritdoc />
    public override AslJsonKind Kind => AslJsonKind.Null;
}

/// <summary>JSON true or false.</summary>
public sealed record AslJsonBool(bool Value) : AslJson
{
    /// <summary>true</summary>
    public static AslJsonBool True { get; } = new(true);

    /// <summary>false</summary>
    public static AslJsonBool False { get; } = new(false);

    /// <inheritdoc />
    public override AslJsonKind Kind => AslJsonKind.Boolean;
}

/// <summary>
/// A JSON number, kept as its JSON text so that no precision is lost and writing is exact.
/// Equality compares the text.
/// </summary>
public sealed record AslJsonNumber : AslJson
{
    /// <summary>Creates a number from its JSON text (for example <c>"1"</c>, <c>"2.5"</c>, <c>"1e3"</c>).</summary>
    public AslJsonNumber(string raw) => Raw = raw ?? throw new ArgumentNullException(nameof(raw));

    /// <summary>The JSON text of the number.</summary>
    public string Raw { get; }

    /// <inheritdoc />
    public override AslJsonKind Kind => AslJsonKind.Number;

    /// <summary>The value as a double.</summary>
    public double Value => double.Parse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>True when the number is mathematically an integer.</summary>
    public bool IsInteger => TryGetInt64(out _) || (Math.Floor(Value) == Value && !double.IsInfinity(Value));

    /// <summary>Gets the value as a 64-bit integer when it is an integer that fits.</summary>
    public bool TryGetInt64(out long value)
    {
        if (long.TryParse(Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return true;
        if (decimal.TryParse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && decimal.Truncate(d) == d
            && d >= long.MinValue && d <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>Creates a number from a double in its shortest round-trip form.</summary>
    public static AslJsonNumber FromDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(nameof(value), "JSON has no NaN or infinity.");
        return new AslJsonNumber(value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E"));
    }

    /// <inheritdoc />
    public bool Equals(AslJsonNumber? other) => other is not null && other.Raw == Raw;

    /// <inheritdoc />
    public override int GetHashCode() => Raw.GetHashCode();
}

/// <summary>A JSON string.</summary>
public sealed record AslJsonString(string Value) : AslJson
{
    /// <inheritdoc />
    public override AslJsonKind Kind => AslJsonKind.String;
}

/// <summary>A JSON array.</summary>
public sealed record AslJsonArray(EquatableArray<AslJson> Items) : AslJson
{
    /// <inheritdoc />
    public override AslJsonKind Kind => AslJsonKind.Array;
}

/// <summary>A JSON object. Member order is kept (and is part of equality).</summary>
public sealed record AslJsonObject(EquatableArray<AslJsonProperty> Properties) : AslJson
{
    /// <inheritdoc />
    public override AslJsonKind Kind => AslJsonKind.Object;

    /// <summary>The value of the first member with this name, or null.</summary>
    public AslJson? this[string name]
    {
        get
        {
            foreach (var p in Properties)
                if (p.Name == name) return p.Value;
            return null;
        }
    }
}

/// <summary>One member of a JSON object.</summary>
public sealed record AslJsonProperty(string Name, AslJson Value);
