using Asl.Json;
using Asl.Local.Intrinsics;
using static Asl.Local.Jsonata.Library.BuiltIns;

namespace Asl.Local.Jsonata.Library;

/// <summary>
/// The functions Step Functions adds to JSONata: $partition, $range, $hash, $random (with an optional seed), $uuid
/// and $parse. They share their implementation with the intrinsic functions they stand in for.
/// </summary>
internal static class StepFunctions
{
    public static object? Partition(Evaluation ev, object?[] a, CallSite site) => Arg(a, 0) is null ? null :
        Intrinsic(site, () => ArrayFunctions.Partition(Json(Arg(a, 0)), Json(Arg(a, 1))));

    /// <summary>$range gives a sequence, as the range operator does: a range of one number is that number (recorded on AWS: $range(1, 9, 9) is 1).</summary>
    public static object? Range(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is null || Arg(a, 1) is null) return null;
        var range = (JArray)Intrinsic(site, () => ArrayFunctions.Range(Json(Arg(a, 0)), Json(Arg(a, 1)), Arg(a, 2) is null ? AslJson.Of(1L) : Json(Arg(a, 2))))!;
        range.IsSequence = true;
        return range;
    }

    public static object? Hash(Evaluation ev, object?[] a, CallSite site) => Arg(a, 0) is null ? null :
        Intrinsic(site, () => StringFunctions.Hash(Json(Arg(a, 0)), Json(Arg(a, 1))));

    public static object? Random(Evaluation ev, object?[] a, CallSite site)
    {
        // A seed gives the same number every time; without one, the engine's source (seeded per engine) is used.
        var source = Arg(a, 0) is double seed ? new Random(unchecked((int)(long)seed)) : ev.Random;
        return Box.Number(source.NextDouble());
    }

    public static object? Uuid(Evaluation ev, object?[] a, CallSite site) => ((AslJsonString)StringFunctions.Uuid(ev.Random)).Value;

    public static object? Parse(Evaluation ev, object?[] a, CallSite site) =>
        Arg(a, 0) is null ? null : Intrinsic(site, () => StringFunctions.StringToJson(Json(Arg(a, 0))));

    private static AslJson Json(object? value) => Conversion.ToJson(value) ?? AslJson.Null;

    private static object? Intrinsic(CallSite site, Func<AslJson> body)
    {
        try
        {
            return Conversion.FromJson(body());
        }
        catch (IntrinsicArgumentException problem)
        {
            throw new JsonAtaError("D3137") { CustomMessage = $"${site.Name}: {problem.Message}" };
        }
    }
}
