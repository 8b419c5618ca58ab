using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Generators;

internal sealed partial class MachineBuilder
{
    private static readonly ComparisonOperator[] Operators = Enum.GetValues<ComparisonOperator>();

    /// <summary>
    /// A Choice whose Default (or, without a Default, its first rule) goes to the next spine state; the other
    /// rules jump anywhere in the container.
    /// </summary>
    private ChoiceState Choice(string? language, ContainerScope scope, string next, TargetPicker targets)
    {
        var jsonAta = IsJsonAta(language);
        var hasDefault = _draw.Chance(80);
        var ruleCount = _draw.Int(1, 3);
        var rules = new List<ChoiceRule>();
        for (var i = 0; i < ruleCount; i++)
        {
            var target = !hasDefault && i == 0 ? next : targets.Next();
            rules.Add(jsonAta ? AtaRule(scope, target) : PathRule(scope, target, depth: 2));
        }
        var state = new ChoiceState(rules.ToEquatableArray())
        {
            QueryLanguage = language,
            Comment = OptionalComment(),
            Default = hasDefault ? next : null,
        };
        if (jsonAta)
        {
            var ata = AtaScopeOf(scope);
            return state with { Output = OptionalAtaOutput(ata, 20), Assign = OptionalAtaAssign(ata) };
        }
        return state with { InputPath = OptionalPath(15), OutputPath = OptionalPath(15), Assign = OptionalPathAssign(scope) };
    }

    private ChoiceRule AtaRule(ContainerScope scope, string next)
    {
        var ata = AtaScopeOf(scope);
        return new ChoiceRule
        {
            Comment = OptionalComment(15),
            Condition = _ata.Condition(ata),
            Assign = OptionalAtaAssign(ata),
            Output = OptionalAtaOutput(ata, 20),
            Next = next,
        };
    }

    /// <summary>A JSONPath rule; top-level when <paramref name="next"/> is given, nested (no Next, no Assign) otherwise.</summary>
    private ChoiceRule PathRule(ContainerScope scope, string? next, int depth)
    {
        var comment = OptionalComment(15);
        var assign = next is not null ? OptionalPathAssign(scope) : null;
        var kind = depth > 0 ? _draw.Int(0, 6) : 0;
        var rule = kind switch
        {
            1 => new ChoiceRule { And = NestedRules(scope, depth) },
            2 => new ChoiceRule { Or = NestedRules(scope, depth) },
            3 => new ChoiceRule { Not = PathRule(scope, null, depth - 1) },
            _ => DataTest(scope),
        };
        return rule with { Comment = comment, Assign = assign, Next = next };
    }

    private EquatableArray<ChoiceRule> NestedRules(ContainerScope scope, int depth) =>
        Enumerable.Range(0, _draw.Int(1, 3)).Select(_ => PathRule(scope, null, depth - 1)).ToEquatableArray();

    private ChoiceRule DataTest(ContainerScope scope)
    {
        var op = _draw.Pick(Operators);
        var variable = _paths.ReadPath(PathScopeOf(scope));
        return new ChoiceRule { Variable = variable, Comparisons = EquatableArray.Create(new Comparison(op, Operand(op, scope))) };
    }

    /// <summary>An operand of the type the operator compares.</summary>
    private AslJson Operand(ComparisonOperator op, ContainerScope scope)
    {
        var name = op.ToString();
        if (name.EndsWith("Path", StringComparison.Ordinal))
            return AslJson.Of(name.StartsWith("Timestamp", StringComparison.Ordinal) && _draw.Chance(40)
                ? "$$.Execution.StartTime"
                : _paths.ReadPath(PathScopeOf(scope)));
        if (name.StartsWith("Is", StringComparison.Ordinal) || name.StartsWith("Boolean", StringComparison.Ordinal))
            return AslJson.Of(_draw.Chance(50));
        if (name.StartsWith("Numeric", StringComparison.Ordinal)) return _literals.Number();
        if (name.StartsWith("Timestamp", StringComparison.Ordinal)) return AslJson.Of(_literals.Timestamp());
        if (op == ComparisonOperator.StringMatches) return AslJson.Of(_draw.Pick("*.csv", "order-*", "a\\*b*", "*", "exact", "x\\\\y*"));
        return AslJson.Of(_draw.Pick("PAID", "pending", "", "Zürich", "M"));
    }
}
