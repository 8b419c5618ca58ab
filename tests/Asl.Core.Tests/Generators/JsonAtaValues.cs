using Asl.Collections;
using Asl.Json;

namespace Asl.Core.Tests.Generators;

/// <summary>
/// Which <c>$states</c> members and variables a JSONata expression may read where it is placed:
/// <c>$states.result</c> only in a Task/Map/Parallel Output or Assign, <c>$states.errorOutput</c> only in a
/// Catcher, <c>$states.context.Map.Item</c> only in an ItemSelector, the task token only in the Arguments
/// of a <c>.waitForTaskToken</c> task.
/// </summary>
internal sealed record AtaScope(IReadOnlyList<string> Variables, bool Result = false, bool ErrorOutput = false, bool MapItem = false, bool TaskToken = false);

/// <summary>JSONata strings (<c>{% … %}</c>) and JSON values with JSONata strings nested in them.</summary>
internal sealed class JsonAtaValues(Draw draw, Literals literals)
{
    private static readonly string[] Fields = ["order", "items", "customer", "amount", "status", "delay"];

    /// <summary>A JSONata string in one of the spacings AWS accepts.</summary>
    public string Expression(AtaScope scope) => Wrap(Body(scope));

    /// <summary>A JSONata string that evaluates to a boolean (a Choice Condition).</summary>
    public AslJson Condition(AtaScope scope)
    {
        if (draw.Chance(10)) return AslJson.Of(draw.Chance(50));
        var operand = Operand(scope);
        return AslJson.Of(Wrap(draw.Int(0, 4) switch
        {
            0 => $"{operand} = 'PAID'",
            1 => $"$count({operand}) > {draw.Int(0, 5)}",
            2 => $"$exists({operand})",
            3 => $"$number({operand}) >= {draw.Int(-5, 500)} and $string({operand}) != ''",
            _ => $"$states.input.items[price > {draw.Int(0, 99)}] != null",
        }));
    }

    /// <summary>A JSONata string that evaluates to a number (typed fields such as Seconds or MaxConcurrency).</summary>
    public string NumberExpression(AtaScope scope) => Wrap(draw.Pick(
        "$states.input.delay", "$count($states.input.items)", "$number($states.input.amount) > 10 ? 5 : 1", "$round($states.input.amount)"));

    /// <summary>A JSONata string that evaluates to a timestamp.</summary>
    public string TimestampExpression() => Wrap(draw.Pick("$states.input.notBefore", "$fromMillis($millis() + 60000)", "$now()"));

    /// <summary>Any JSON value; strings may be JSONata at any depth (Output, Assign values, Arguments, ItemSelector).</summary>
    public AslJson Value(AtaScope scope, int depth = 2)
    {
        switch (draw.Int(0, depth > 0 ? 5 : 3))
        {
            case 0:
            case 1:
                return AslJson.Of(Expression(scope));
            case 2:
                return literals.Value(0);
            case 3:
                return AslJson.Of(literals.Text());
            case 4:
                return new AslJsonArray(Enumerable.Range(0, draw.Int(0, 3)).Select(_ => Value(scope, depth - 1)).ToEquatableArray());
            default:
                return Object(scope, depth - 1);
        }
    }

    /// <summary>A JSON object whose values may be JSONata.</summary>
    public AslJsonObject Object(AtaScope scope, int depth = 1, int maxMembers = 4)
    {
        var members = Enumerable.Range(0, draw.Int(0, maxMembers))
            .Select(i => new AslJsonProperty("f" + i + draw.Pick("", "Name", " ü"), Value(scope, depth)));
        return new AslJsonObject(members.ToEquatableArray());
    }

    /// <summary>A JSONata Assign: variable names to values.</summary>
    public AslJsonObject Assign(AtaScope scope, IReadOnlyList<string> names) =>
        new(names.Select(name => new AslJsonProperty(name, Value(scope, 1))).ToEquatableArray());

    private string Wrap(string body) => draw.Int(0, 5) switch
    {
        0 => "{%" + body + "%}",
        1 => "{%\n  " + body + "\n%}",
        _ => "{% " + body + " %}",
    };

    private string Body(AtaScope scope)
    {
        var operand = Operand(scope);
        return draw.Int(0, 9) switch
        {
            0 => $"$string({operand})",
            1 => $"$count({operand})",
            2 => $"{operand} & '-' & $string({Operand(scope)})",
            3 => $"$exists({operand}) ? {operand} : 'none'",
            4 => "$sum($states.input.items.(price * quantity))",
            5 => draw.Pick("$uuid()", "$now()", "$millis()", "$partition($states.input.items, 2)", "$parse('{\"a\": 1}')"),
            6 => $"{{'value': {operand}, 'at': $now()}}",
            7 => $"[{operand}, 1, \"two\"]",
            _ => operand,
        };
    }

    private string Operand(AtaScope scope)
    {
        var choices = new List<string>
        {
            "$states.input",
            "$states.input." + draw.Pick(Fields),
            "$states.input." + draw.Pick(Fields) + "." + draw.Pick(Fields),
            "$states.input." + draw.Pick(Fields) + "[0]",
            draw.Pick("$states.context.Execution.Id", "$states.context.Execution.Name", "$states.context.State.EnteredTime", "$states.context.StateMachine.Name"),
        };
        if (scope.Variables.Count > 0) choices.Add("$" + draw.Pick(scope.Variables));
        if (scope.Result) choices.Add(draw.Pick("$states.result", "$states.result.Payload", "$states.result." + draw.Pick(Fields)));
        if (scope.ErrorOutput) choices.Add(draw.Pick("$states.errorOutput", "$states.errorOutput.Error", "$states.errorOutput.Cause"));
        if (scope.MapItem) choices.Add(draw.Pick("$states.context.Map.Item.Value", "$states.context.Map.Item.Index"));
        if (scope.TaskToken) choices.Add("$states.context.Task.Token");
        return draw.Pick((IReadOnlyList<string>)choices);
    }
}
