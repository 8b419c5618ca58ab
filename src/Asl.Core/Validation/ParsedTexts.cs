using System.Collections.Generic;
using Asl.JsonAta;
using Asl.Paths;

namespace Asl.Validation;

/// <summary>
/// Parses each distinct path, payload expression, intrinsic call, JSONata expression and Resource once per validation
/// and hands the same (immutable) result to every rule and pass that asks. Large definitions repeat their
/// texts: the generated benchmark set has about 600 such strings per definition but only about 75 distinct ones.
/// </summary>
internal sealed class ParsedTexts
{
    private readonly Dictionary<string, JsonPathParseResult> _paths = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, PayloadExpressionParseResult> _payloads = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, IntrinsicParseResult> _calls = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, JsonAtaAnalysis> _jsonAtaStrings = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ResourceArn> _arns = new(System.StringComparer.Ordinal);

    /// <summary><see cref="JsonPathParser.Parse"/> of <paramref name="text"/>.</summary>
    public JsonPathParseResult Path(string text) => Get(_paths, text, JsonPathParser.Parse);

    /// <summary><see cref="PayloadExpressions.Parse"/> of <paramref name="text"/>.</summary>
    public PayloadExpressionParseResult Payload(string text) => Get(_payloads, text, PayloadExpressions.Parse);

    /// <summary><see cref="IntrinsicParser.Parse"/> of <paramref name="text"/>.</summary>
    public IntrinsicParseResult Call(string text) => Get(_calls, text, IntrinsicParser.Parse);

    /// <summary>
    /// <see cref="JsonAtaAnalysis.Analyze"/> of the expression of a JSONata string <paramref name="value"/>
    /// (<c>{% ... %}</c>), looked up by the whole string so that a repeated one is not cut out again.
    /// </summary>
    public JsonAtaAnalysis JsonAtaString(string value)
    {
        if (!_jsonAtaStrings.TryGetValue(value, out var analysis))
        {
            JsonAtaText.TryGetExpression(value, out var expression, out _);
            analysis = JsonAtaAnalysis.Analyze(expression);
            _jsonAtaStrings.Add(value, analysis);
        }
        return analysis;
    }

    /// <summary><see cref="ResourceArn.Parse"/> of a Task's <paramref name="resource"/> (most machines call a few resources many times).</summary>
    public ResourceArn Arn(string resource) => Get(_arns, resource, ResourceArn.Parse);

    private static T Get<T>(Dictionary<string, T> results, string text, System.Func<string, T> parse)
    {
        if (!results.TryGetValue(text, out var result))
        {
            result = parse(text);
            results.Add(text, result);
        }
        return result;
    }
}
