using System.Runtime.CompilerServices;
using Asl.Json;
using Asl.Local.Paths;
using Asl.Paths;

namespace Asl.Local.Processing;

/// <summary>
/// What a payload template object's member names say, worked out once per template object (templates belong to
/// the definition, so they live as long as it): which members are <c>.$</c> expressions, the output name of each
/// (without the suffix, so no string is cut per evaluation), and whether the output names are all distinct.
/// </summary>
internal sealed class TemplateShape
{
    private static readonly ConditionalWeakTable<AslJsonObject, TemplateShape> Shapes = new();

    private readonly bool[] _dynamic;
    private readonly PayloadExpressionParseResult?[] _expressions;

    private TemplateShape(AslJsonObject template)
    {
        var properties = template.Properties;
        Names = new string[properties.Count];
        _dynamic = new bool[properties.Count];
        _expressions = new PayloadExpressionParseResult?[properties.Count];
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        NamesUnique = true;
        for (var i = 0; i < properties.Count; i++)
        {
            var name = properties[i].Name;
            _dynamic[i] = name.EndsWith(PayloadTemplate.DynamicSuffix, StringComparison.Ordinal);
            Names[i] = _dynamic[i] ? name[..^PayloadTemplate.DynamicSuffix.Length] : name;
            NamesUnique &= distinct.Add(Names[i]);
        }
    }

    /// <summary>The output name of each member.</summary>
    public string[] Names { get; }

    /// <summary>True when no two members have the same output name.</summary>
    public bool NamesUnique { get; }

    /// <summary>True when member <paramref name="index"/> holds a path or intrinsic (its name ends in <c>.$</c>).</summary>
    public bool IsDynamic(int index) => _dynamic[index];

    /// <summary>
    /// The parsed expression of member <paramref name="index"/>, whose text is <paramref name="text"/>; kept once it
    /// parses (saves hashing the text on every evaluation). A text that does not parse throws as
    /// <see cref="PathCache.GetExpression"/> does.
    /// </summary>
    public PayloadExpressionParseResult Expression(int index, string text, string field)
        => _expressions[index] ??= PathCache.GetExpression(text, field);

    public static TemplateShape Of(AslJsonObject template)
        => Shapes.TryGetValue(template, out var shape) ? shape : Shapes.GetValue(template, static t => new TemplateShape(t));
}
