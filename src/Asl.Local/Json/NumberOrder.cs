using Asl.Json;

namespace Asl.Local.Json;

/// <summary>Compares JSON numbers by value, exactly when both fit a decimal.</summary>
internal static class NumberOrder
{
    public static int Compare(AslJsonNumber left, AslJsonNumber right)
    {
        if (JsonValues.AsDecimal(left) is { } l && JsonValues.AsDecimal(right) is { } r) return l.CompareTo(r);
        return left.Value.CompareTo(right.Value);
    }
}
