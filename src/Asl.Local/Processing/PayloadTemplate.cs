using Asl.Collections;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Intrinsics;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Paths;

namespace Asl.Local.Processing;

/// <summary>
/// Applies a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign, mock arguments):
/// every member whose name ends in <c>.$</c> is replaced by a member without the suffix whose value is the
/// path or intrinsic call it holds. Parts without such members are returned as they are, without copying.
/// </summary>
internal static class PayloadTemplate
{
    internal const string DynamicSuffix = ".$";

    public static AslJson Apply(AslJson template, IPathScope scope, Random random)
        => ApplyValue(template, scope, random);

    private static AslJson ApplyValue(AslJson value, IPathScope scope, Random random) => value switch
    {
        AslJsonObject obj => ApplyObject(obj, scope, random),
        AslJsonArray array => ApplyArray(array, scope, random),
        _ => value,
    };

    private static AslJson ApplyArray(AslJsonArray array, IPathScope scope, Random random)
    {
        AslJson[]? copy = null;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            var applied = ApplyValue(item, scope, random);
            if (copy is null)
            {
                if (ReferenceEquals(applied, item)) continue;
                copy = new AslJson[array.Items.Count];
                for (var j = 0; j < i; j++) copy[j] = array.Items[j];
            }
            copy[i] = applied;
        }
        return copy is null ? array : JsonValues.Array(copy);
    }

    private static AslJson ApplyObject(AslJsonObject obj, IPathScope scope, Random random)
    {
        var shape = TemplateShape.Of(obj);
        if (!shape.NamesUnique) return ApplyObjectWithRepeatedNames(obj, scope, random);
        var properties = obj.Properties;
        AslJsonProperty[]? copy = null;
        for (var i = 0; i < properties.Count; i++)
        {
            var member = properties[i];
            AslJsonProperty applied;
            if (shape.IsDynamic(i))
            {
                if (member.Value is not AslJsonString text) throw NotAnExpression(member);
                var parsed = shape.Expression(i, text.Value, member.Name);
                applied = new AslJsonProperty(shape.Names[i], Evaluate(parsed, text.Value, member.Name, scope, random));
            }
            else
            {
                var value = ApplyValue(member.Value, scope, random);
                if (ReferenceEquals(value, member.Value))
                {
                    if (copy is not null) copy[i] = member;
                    continue;
                }
                applied = new AslJsonProperty(member.Name, value);
            }
            if (copy is null)
            {
                // The output names are distinct, so members map one to one onto a result of the same size.
                copy = new AslJsonProperty[properties.Count];
                for (var j = 0; j < i; j++) copy[j] = properties[j];
            }
            copy[i] = applied;
        }
        return copy is null ? obj : new AslJsonObject(EquatableArray<AslJsonProperty>.UnsafeWrap(copy));
    }

    /// <summary>The general case: a later member whose output name repeats an earlier one replaces it in place.</summary>
    private static AslJson ApplyObjectWithRepeatedNames(AslJsonObject obj, IPathScope scope, Random random)
    {
        JsonObjectBuilder? copy = null;
        for (var i = 0; i < obj.Properties.Count; i++)
        {
            var member = obj.Properties[i];
            string name;
            AslJson value;
            if (member.Name.EndsWith(DynamicSuffix, StringComparison.Ordinal))
            {
                name = member.Name[..^DynamicSuffix.Length];
                value = EvaluateExpression(member, scope, random);
            }
            else
            {
                name = member.Name;
                value = ApplyValue(member.Value, scope, random);
                if (copy is null && ReferenceEquals(value, member.Value)) continue;
            }
            if (copy is null)
            {
                copy = new JsonObjectBuilder(obj.Properties.Count);
                for (var j = 0; j < i; j++) copy.AddUnique(obj.Properties[j].Name, obj.Properties[j].Value);
            }
            copy.Set(name, value);
        }
        return copy is null ? obj : copy.Build();
    }

    private static AslJson EvaluateExpression(AslJsonProperty member, IPathScope scope, Random random)
    {
        if (member.Value is not AslJsonString text) throw NotAnExpression(member);
        return Evaluate(text.Value, member.Name, scope, random);
    }

    private static StatesError NotAnExpression(AslJsonProperty member)
        => StatesError.Runtime($"The value of the field '{member.Name}' must be a string holding a path or an intrinsic function, but it is {JsonValues.KindName(member.Value)}.");

    /// <summary>Evaluates the string of a <c>.$</c> field (a path or an intrinsic function call).</summary>
    public static AslJson Evaluate(string expression, string field, IPathScope scope, Random random)
        => Evaluate(PathCache.GetExpression(expression, field), expression, field, scope, random);

    private static AslJson Evaluate(PayloadExpressionParseResult parsed, string expression, string field, IPathScope scope, Random random)
    {
        if (parsed.Call is { } call) return IntrinsicEvaluator.Evaluate(call, scope, random);
        var path = parsed.Path!;
        if (PathEvaluator.TryEvaluate(path, scope, out var value, out var missingVariable)) return value;
        if (missingVariable is not null)
            throw StatesError.Runtime($"The field '{field}' refers to the variable '${missingVariable}', which is not defined; assign it in an earlier state before using it.");
        var source = path.Root == PathRoot.Context ? "the Context Object" : "the input";
        var sourceValue = path.Root == PathRoot.Context ? scope.ContextObject : scope.Input;
        throw StatesError.Runtime($"The JSONPath '{expression}' specified for the field '{field}' could not be found in {source} '{JsonText.Write(sourceValue)}'");
    }
}
