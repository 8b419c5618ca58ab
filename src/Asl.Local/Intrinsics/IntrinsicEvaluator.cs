using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Paths;
using Asl.Paths;

namespace Asl.Local.Intrinsics;

/// <summary>Evaluates an intrinsic function call: arguments first (paths, literals, nested calls), then the function.</summary>
internal static class IntrinsicEvaluator
{
    public static AslJson Evaluate(IntrinsicCall call, IPathScope scope, Random random)
    {
        var arguments = new AslJson[call.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++) arguments[i] = EvaluateArgument(call, call.Arguments[i], scope, random);
        var function = call.Function
            ?? throw StatesError.Intrinsic($"'{call.Name}' is not an intrinsic function; use one of the 18 States.* functions such as States.Format.");
        if (!function.AcceptsArgumentCount(arguments.Length))
            throw Fail(call, $"it takes {function.ArityText} argument(s), but {arguments.Length} were given");
        try
        {
            return Dispatch(call, function.Name, arguments, random);
        }
        catch (IntrinsicArgumentException e)
        {
            throw Fail(call, e.Message);
        }
    }

    private static AslJson EvaluateArgument(IntrinsicCall call, IntrinsicArgument argument, IPathScope scope, Random random)
    {
        switch (argument)
        {
            case IntrinsicString text:
                return new AslJsonString(text.Value);
            case IntrinsicLiteral literal:
                return literal.Value;
            case IntrinsicCall nested:
                return Evaluate(nested, scope, random);
            case IntrinsicPath path:
                if (PathEvaluator.TryEvaluate(path.Path, scope, out var value, out var missingVariable)) return value;
                throw missingVariable is not null
                    ? StatesError.Runtime($"The function '{call.Name}' refers to the variable '${missingVariable}', which is not defined; assign it in an earlier state.")
                    : Fail(call, $"the path {path.Path} could not be found in the input");
            default:
                throw Fail(call, "an argument has an unknown form");
        }
    }

    private static AslJson Dispatch(IntrinsicCall call, string name, AslJson[] args, Random random) => name switch
    {
        IntrinsicFunctions.Format => StringFunctions.Format(call, args),
        IntrinsicFunctions.StringToJson => StringFunctions.StringToJson(args[0]),
        IntrinsicFunctions.JsonToString => StringFunctions.JsonToString(args[0]),
        IntrinsicFunctions.Array => ArrayFunctions.Array(args),
        IntrinsicFunctions.ArrayPartition => ArrayFunctions.Partition(args[0], args[1]),
        IntrinsicFunctions.ArrayContains => ArrayFunctions.Contains(args[0], args[1]),
        IntrinsicFunctions.ArrayRange => ArrayFunctions.Range(args[0], args[1], args[2]),
        IntrinsicFunctions.ArrayGetItem => ArrayFunctions.GetItem(args[0], args[1]),
        IntrinsicFunctions.ArrayLength => ArrayFunctions.Length(args[0]),
        IntrinsicFunctions.ArrayUnique => ArrayFunctions.Unique(args[0]),
        IntrinsicFunctions.Base64Encode => StringFunctions.Base64Encode(args[0]),
        IntrinsicFunctions.Base64Decode => StringFunctions.Base64Decode(args[0]),
        IntrinsicFunctions.Hash => StringFunctions.Hash(args[0], args[1]),
        IntrinsicFunctions.JsonMerge => ObjectFunctions.JsonMerge(args[0], args[1], args[2]),
        IntrinsicFunctions.MathRandom => MathFunctions.Random(args, random),
        IntrinsicFunctions.MathAdd => MathFunctions.Add(args[0], args[1]),
        IntrinsicFunctions.StringSplit => StringFunctions.Split(args[0], args[1]),
        IntrinsicFunctions.Uuid => StringFunctions.Uuid(random),
        _ => throw new IntrinsicArgumentException("the function is not supported"),
    };

    private static StatesError Fail(IntrinsicCall call, string problem)
        => StatesError.Intrinsic($"The function '{call.Name}' failed: {problem}.");
}
