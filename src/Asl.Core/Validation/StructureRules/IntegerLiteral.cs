using System;
using System.Globalization;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

/// <summary>What a field that should hold a whole number actually holds.</summary>
internal enum IntegerLiteralKind
{
    /// <summary>The field is absent.</summary>
    Absent,

    /// <summary>
    /// A value decided later (a <c>${Placeholder}</c> or a JSONata string), or one another rule speaks about
    /// (an expression without its <c>{% %}</c> in a JSONata state, LanguageRules' G11).
    /// </summary>
    Dynamic,

    /// <summary>A whole number (see <see cref="IntegerLiteral.Value"/>).</summary>
    Integer,

    /// <summary>Anything else: a fraction, a plain string, a boolean, null, an array or an object.</summary>
    Invalid,
}

/// <summary>
/// Reads a numeric field without ever throwing. Whole numbers beyond the 64-bit range saturate to
/// <see cref="long.MinValue"/> or <see cref="long.MaxValue"/>, which is enough to check any limit.
/// </summary>
internal readonly struct IntegerLiteral
{
    private IntegerLiteral(IntegerLiteralKind kind, long value)
    {
        Kind = kind;
        Value = value;
    }

    public IntegerLiteralKind Kind { get; }

    public long Value { get; }

    /// <summary>True for a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public bool IsIntegerIn(long min, long max) => Kind == IntegerLiteralKind.Integer && Value >= min && Value <= max;

    /// <summary>True when the value is present, not dynamic and not a whole number in the range.</summary>
    public bool IsWrong(long min, long max) => Kind == IntegerLiteralKind.Invalid || (Kind == IntegerLiteralKind.Integer && !IsIntegerIn(min, max));

    /// <summary>Classifies a numeric field of a state, in which placeholders and JSONata strings stand for values.</summary>
    public static IntegerLiteral Read(AslJson? value, StateSite site)
    {
        if (site.IsJsonAta && value is AslJsonString { Value: var text } && text.IndexOf('$') >= 0)
            return new IntegerLiteral(IntegerLiteralKind.Dynamic, 0);
        return Read(value, allowJsonAta: true);
    }

    /// <summary>Classifies a field; JSONata strings count as dynamic only when <paramref name="allowJsonAta"/> is set.</summary>
    public static IntegerLiteral Read(AslJson? value, bool allowJsonAta)
    {
        switch (value)
        {
            case null:
                return new IntegerLiteral(IntegerLiteralKind.Absent, 0);
            case AslJsonString s when Values.IsPlaceholder(s.Value) || (allowJsonAta && Values.IsJsonAta(s.Value)):
                return new IntegerLiteral(IntegerLiteralKind.Dynamic, 0);
            case AslJsonNumber number:
                if (number.TryGetInt64(out var whole)) return new IntegerLiteral(IntegerLiteralKind.Integer, whole);
                if (double.TryParse(number.Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    && (double.IsInfinity(d) || Math.Floor(d) == d))
                    return new IntegerLiteral(IntegerLiteralKind.Integer, d < 0 ? long.MinValue : long.MaxValue);
                return new IntegerLiteral(IntegerLiteralKind.Invalid, 0);
            default:
                return new IntegerLiteral(IntegerLiteralKind.Invalid, 0);
        }
    }

    /// <summary>A JSON value as a message shows it: numbers as written, strings quoted (shortened), other kinds in words.</summary>
    public static string Describe(AslJson? value) => value switch
    {
        null => "absent",
        AslJsonNumber n => n.Raw,
        AslJsonString s => "\"" + Shorten(StructureRules.Printable(s.Value)) + "\"",
        AslJsonBool b => b.Value ? "true" : "false",
        AslJsonNull => "null",
        AslJsonArray => "an array",
        _ => "an object",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
