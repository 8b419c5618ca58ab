using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local.Intrinsics;

/// <summary>States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique.</summary>
internal static class ArrayFunctions
{
    /// <summary>The most elements States.ArrayRange may produce.</summary>
    public const int MaxRangeLength = 1000;

    public static AslJson Array(AslJson[] args) => JsonValues.Array(args);

    public static AslJson Partition(AslJson array, AslJson size)
    {
        var items = Arguments.Array(array, "the first argument (the array)").Items;
        var chunk = Arguments.Integer(size, "the second argument (the chunk size)");
        if (chunk <= 0) throw new IntrinsicArgumentException($"the chunk size must be greater than 0, but it is {chunk}");
        var chunks = new List<AslJson>();
        for (var start = 0; start < items.Count; start += (int)Math.Min(chunk, int.MaxValue))
        {
            var length = (int)Math.Min(chunk, items.Count - start);
            var part = new AslJson[length];
            for (var i = 0; i < length; i++) part[i] = items[start + i];
            chunks.Add(JsonValues.Array(part));
        }
        return JsonValues.Array(chunks);
    }

    public static AslJson Contains(AslJson array, AslJson value)
    {
        foreach (var item in Arguments.Array(array, "the first argument (the array)").Items)
            if (JsonValues.DeepEquals(item, value)) return AslJsonBool.True;
        return AslJsonBool.False;
    }

    public static AslJson Range(AslJson first, AslJson last, AslJson step)
    {
        var start = Arguments.Integer(first, "the first argument (the start)");
        var end = Arguments.Integer(last, "the second argument (the end)");
        var increment = Arguments.Integer(step, "the third argument (the step)");
        if (increment == 0) throw new IntrinsicArgumentException("the step must not be 0");
        var items = new List<AslJson>();
        for (var i = start; increment > 0 ? i <= end : i >= end; i += increment)
        {
            if (items.Count == MaxRangeLength)
                throw new IntrinsicArgumentException($"the range would have more than {MaxRangeLength} elements; use a larger step or a smaller range");
            items.Add(JsonValues.Number(i));
        }
        return JsonValues.Array(items);
    }

    public static AslJson GetItem(AslJson array, AslJson index)
    {
        var items = Arguments.Array(array, "the first argument (the array)").Items;
        var i = Arguments.Integer(index, "the second argument (the index)");
        if (i < 0 || i >= items.Count)
            throw new IntrinsicArgumentException($"the index {i} is out of bounds; the array has {items.Count} element(s), so the index must be between 0 and {items.Count - 1}");
        return items[(int)i];
    }

    public static AslJson Length(AslJson array) => JsonValues.Number(Arguments.Array(array, "the argument").Items.Count);

    public static AslJson Unique(AslJson array)
    {
        var unique = new List<AslJson>();
        foreach (var item in Arguments.Array(array, "the argument").Items)
        {
            var seen = false;
            foreach (var kept in unique)
            {
                if (!JsonValues.DeepEquals(kept, item)) continue;
                seen = true;
                break;
            }
            if (!seen) unique.Add(item);
        }
        return JsonValues.Array(unique);
    }
}
