using Asl.Json;

namespace Asl.Local.Json;

/// <summary>
/// The payload size check of the outputs of one frame's states, one after the other. Values are immutable and a
/// state's output mostly reuses the previous output's members (ResultPath adds one, Parameters pick some), so
/// members that are the very objects measured last time are not walked again. Gives the same answers as
/// <see cref="JsonSize.Exceeds"/>.
/// </summary>
internal sealed class OutputSizeCheck
{
    // Reuse is looked up by scanning the previous members; past this many, only the same position is tried.
    private const int ScanLimit = 16;

    private AslJson? _last;
    private AslJsonObject? _lastObject;
    private long[]? _lastSizes;

    /// <summary>True when the compact JSON text of <paramref name="output"/> is longer than the payload limit.</summary>
    public bool Exceeds(AslJson output)
    {
        if (ReferenceEquals(output, _last)) return false;
        if (output is not AslJsonObject obj)
        {
            if (JsonSize.Exceeds(output)) return true;
            Remember(output, null, null);
            return false;
        }
        var properties = obj.Properties;
        var sizes = new long[properties.Count];
        long total = 2 + Math.Max(0, properties.Count - 1);
        for (var i = 0; i < properties.Count; i++)
        {
            var member = properties[i];
            total += JsonSize.StringLength(member.Name) + 1;
            if (KnownSize(member.Value, i) is { } known)
            {
                sizes[i] = known;
                total += known;
                if (total > JsonSize.PayloadLimit) return true;
                continue;
            }
            var before = total;
            if (JsonSize.Add(member.Value, ref total, JsonSize.PayloadLimit)) return true;
            sizes[i] = total - before;
        }
        if (total > JsonSize.PayloadLimit) return true;
        Remember(output, obj, sizes);
        return false;
    }

    private long? KnownSize(AslJson value, int position)
    {
        if (_lastObject is null || _lastSizes is null || value is AslJsonNull or AslJsonBool) return null;
        var previous = _lastObject.Properties;
        if (position < previous.Count && ReferenceEquals(previous[position].Value, value)) return _lastSizes[position];
        if (previous.Count > ScanLimit) return null;
        for (var j = 0; j < previous.Count; j++)
            if (ReferenceEquals(previous[j].Value, value)) return _lastSizes[j];
        return null;
    }

    private void Remember(AslJson output, AslJsonObject? obj, long[]? sizes)
    {
        _last = output;
        _lastObject = obj;
        _lastSizes = sizes;
    }
}
