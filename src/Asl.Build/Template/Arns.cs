using System.Collections.Generic;
using Asl.Build.Yaml;

namespace Asl.Build.Template;

/// <summary>The template expressions for the ARNs that policies grant access to.</summary>
internal static class Arns
{
    /// <summary>The ARN prefix of a service in the stack's own partition, region and account (for !Sub).</summary>
    private static string Account(string service) => "arn:${AWS::Partition}:" + service + ":${AWS::Region}:${AWS::AccountId}:";

    /// <summary>The rule through which Step Functions learns that a <c>.sync</c> child execution finished.</summary>
    public static YamlNode ManagedExecutionRule() =>
        YamlNode.Sub(Account("events") + "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule");

    /// <summary>All executions of the machine a template resource creates (its name is only known once created).</summary>
    public static YamlNode ExecutionsOfResource(string logicalId) =>
        YamlNode.Sub(Account("states") + "execution:${" + logicalId + ".Name}:*");

    /// <summary>All executions of the machine whose ARN a parameter holds: the same ARN with "execution" and ":*".</summary>
    public static YamlNode ExecutionsOfParameter(string parameterId)
    {
        var parts = YamlNode.Split(":", YamlNode.Ref(parameterId));
        return YamlNode.Join(":", new YamlNode[]
        {
            YamlNode.Select(0, parts), YamlNode.Select(1, parts), YamlNode.Select(2, parts), YamlNode.Select(3, parts),
            YamlNode.Select(4, parts), YamlNode.Text("execution"), YamlNode.Select(6, parts), YamlNode.Text("*"),
        });
    }

    /// <summary>All executions of the machine with this literal ARN, or null when it is no state machine ARN.</summary>
    public static YamlNode? ExecutionsOfLiteral(string stateMachineArn)
    {
        var parts = stateMachineArn.Split(':');
        if (parts.Length is < 7 or > 8 || parts[0] != "arn" || parts[2] != "states" || parts[5] != "stateMachine") return null;
        return YamlNode.Text(string.Join(":", parts[0], parts[1], parts[2], parts[3], parts[4], "execution", parts[6], "*"));
    }

    /// <summary>
    /// The function ARNs to grant lambda:InvokeFunction on for a literal FunctionName or Resource: a full ARN,
    /// a partial ARN (ACCOUNT:function:NAME) or a plain name, each optionally with a version or alias. An
    /// unqualified function also gets its versions and aliases (NAME:*), since invoke may name one.
    /// </summary>
    public static IEnumerable<YamlNode> Function(string text)
    {
        var parts = text.Split(':');
        string arn;
        bool qualified;
        if (parts[0] == "arn" && parts.Length >= 7)
        {
            qualified = parts.Length > 7;
            yield return YamlNode.Text(text);
            if (!qualified) yield return YamlNode.Text(text + ":*");
            yield break;
        }
        if (parts.Length >= 3 && parts[1] == "function")
        {
            arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:" + text;
            qualified = parts.Length > 3;
        }
        else
        {
            arn = Account("lambda") + "function:" + text;
            qualified = parts.Length > 1;
        }
        yield return YamlNode.Sub(arn);
        if (!qualified) yield return YamlNode.Sub(arn + ":*");
    }

    /// <summary>The function whose ARN a parameter holds, and its versions and aliases.</summary>
    public static IEnumerable<YamlNode> FunctionParameter(string parameterId)
    {
        yield return YamlNode.Ref(parameterId);
        yield return YamlNode.Sub("${" + parameterId + "}:*");
    }

    /// <summary>The function a template resource creates, and its versions and aliases.</summary>
    public static IEnumerable<YamlNode> FunctionResource(string logicalId)
    {
        yield return YamlNode.GetAtt(logicalId, "Arn");
        yield return YamlNode.Sub("${" + logicalId + ".Arn}:*");
    }
}
