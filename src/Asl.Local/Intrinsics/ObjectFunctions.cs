using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local.Intrinsics;

/// <summary>States.JsonMerge.</summary>
internal static class ObjectFunctions
{
    /// <summary>A shallow merge: members of the second object replace those of the first with the same name.</summary>
    public static AslJson JsonMerge(AslJson first, AslJson second, AslJson deep)
    {
        var left = Arguments.Object(first, "the first argument");
        var right = Arguments.Object(second, "the second argument");
        if (Arguments.Boolean(deep, "the third argument (deep merge)"))
            throw new IntrinsicArgumentException("deep merging is not supported; the third argument must be false");
        var merged = new JsonObjectBuilder(left);
        foreach (var member in right.Properties) merged.Set(member.Name, member.Value);
        return merged.Build();
    }
}
