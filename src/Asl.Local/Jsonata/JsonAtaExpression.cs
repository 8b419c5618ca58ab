using Asl.Json;
using Asl.JsonAta;
using Asl.Local.Jsonata;

namespace Asl.Local;

/// <summary>
/// A JSONata expression, parsed once and evaluated as AWS Step Functions evaluates JSONata: JSONata 2.0.6 with Step
/// Functions' functions ($partition, $range, $hash, $random, $uuid, $parse; no $eval) and its bounds on evaluation
/// depth, time and size.
/// </summary>
public sealed class JsonAtaExpression
{
    private readonly JsonAtaNode _tree;

    private JsonAtaExpression(string text, JsonAtaNode tree)
    {
        Text = text;
        _tree = tree;
    }

    /// <summary>The expression as written (without <c>{%</c> and <c>%}</c>).</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="expression"/>; throws <see cref="JsonAtaException"/> (S0xxx) when it is not valid JSONata.</summary>
    public static JsonAtaExpression Parse(string expression)
    {
        var result = JsonAtaParser.Parse(expression);
        if (result.Error is { } error) throw new JsonAtaException(JsonAtaError.FromSyntax(error));
        return new JsonAtaExpression(expression, result.Expression!);
    }

    /// <summary>
    /// Evaluates the expression on <paramref name="input"/> (null: no input) with <paramref name="bindings"/> as
    /// variables. Returns null when the result is undefined (or a function, which has no JSON form); throws
    /// <see cref="JsonAtaException"/> with JSONata's code and message when evaluation fails.
    /// </summary>
    /// <param name="input">The value in context, <c>$</c>.</param>
    /// <param name="bindings">Variables by name (without <c>$</c>).</param>
    /// <param name="now">The instant <c>$now()</c> and <c>$millis()</c> give; the current time by default.</param>
    /// <param name="random">The source of <c>$random()</c>, <c>$shuffle</c> and <c>$uuid()</c>.</param>
    public AslJson? Evaluate(AslJson? input = null, IReadOnlyDictionary<string, AslJson>? bindings = null, DateTimeOffset? now = null, Random? random = null)
    {
        var frame = new Frame(Jsonata.Library.BuiltIns.Root);
        if (bindings is not null)
            foreach (var binding in bindings) frame.Bind(binding.Key, Conversion.FromJson(binding.Value));
        try
        {
            var evaluation = new Evaluation(JsonAtaLimits.StepFunctions, now ?? DateTimeOffset.UtcNow, random ?? Random.Shared);
            return Conversion.ToJson(evaluation.Evaluate(_tree, input is null ? null : Conversion.FromJson(input), frame));
        }
        catch (JsonAtaError error)
        {
            throw new JsonAtaException(error);
        }
    }
}

/// <summary>A JSONata error: JSONata's code (S0201, T2002, D3030, U1001 for the evaluation bounds, ...) and message.</summary>
public sealed class JsonAtaException : Exception
{
    internal JsonAtaException(JsonAtaError error) : base(error.Message)
    {
        Code = error.Code;
        Position = error.Position;
    }

    /// <summary>JSONata's error code.</summary>
    public string Code { get; }

    /// <summary>The offset in the expression where it happened, or -1 when unknown.</summary>
    public int Position { get; }
}
