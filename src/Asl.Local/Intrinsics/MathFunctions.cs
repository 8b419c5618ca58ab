using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local.Intrinsics;

/// <summary>States.MathRandom and States.MathAdd.</summary>
internal static class MathFunctions
{
    /// <summary>A random integer from the start (inclusive) to the end (exclusive); an optional seed makes it repeatable.</summary>
    public static AslJson Random(AslJson[] args, Random random)
    {
        var start = RoundToInteger(args[0], "the first argument (the start)");
        var end = RoundToInteger(args[1], "the second argument (the end)");
        if (end <= start) throw new IntrinsicArgumentException($"the end ({end}) must be greater than the start ({start})");
        var generator = args.Length == 3 ? new Random((int)RoundToInteger(args[2], "the third argument (the seed)")) : random;
        return JsonValues.Number(generator.NextInt64(start, end));
    }

    /// <summary>The sum of two numbers; numbers with a fraction are rounded first, half up (as recorded on AWS: MathAdd(-1.5, 0) is -1).</summary>
    public static AslJson Add(AslJson first, AslJson second)
    {
        var a = RoundToInteger(first, "the first argument");
        var b = RoundToInteger(second, "the second argument");
        return JsonValues.Number(a + b);
    }

    private static long RoundToInteger(AslJson value, string what)
    {
        var number = Arguments.Number(value, what);
        if (number.TryGetInt64(out var integer)) return integer;
        var d = JsonValues.AsDecimal(number) ?? throw new IntrinsicArgumentException($"{what} ({number.Raw}) is out of range");
        // Java's Math.round, as AWS rounds: half up towards positive infinity (-1.5 -> -1, -0.5 -> 0, 2.5 -> 3).
        var rounded = Math.Floor(d + 0.5m);
        if (rounded < long.MinValue || rounded > long.MaxValue) throw new IntrinsicArgumentException($"{what} ({number.Raw}) is out of range");
        return (long)rounded;
    }
}
