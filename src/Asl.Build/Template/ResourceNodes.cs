using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Asl.Build.Yaml;
using Asl.Permissions;
using Asl.Permissions.Integrations;

namespace Asl.Build.Template;

/// <summary>
/// Turns the resources and condition values of a machine's permissions into CloudFormation: literal ARNs as they are,
/// <c>${AWS::...}</c> and placeholders through <c>!Sub</c> (a placeholder alone through <c>!Ref</c> or
/// <c>!GetAtt</c>), and what CloudFormation must compute (the executions of a machine given by parameter, the queue
/// of a URL) through <c>!Join</c>, <c>!Select</c> and <c>!Split</c>.
/// </summary>
internal sealed class ResourceNodes(Func<string, Filler> fill, string selfId)
{
    private static readonly Regex Placeholder = new(@"\$\{([A-Za-z0-9_:.\-]+)\}", RegexOptions.CultureInvariant);

    /// <summary>The ARN prefix of a service in the stack's own partition, Region and account (for !Sub).</summary>
    public static string Account(string service) => "arn:${AWS::Partition}:" + service + ":${AWS::Region}:${AWS::AccountId}:";

    public YamlNode Of(ArnPattern pattern)
    {
        var node = Node(pattern);
        node.Comment = pattern.Comment;
        return node;
    }

    private YamlNode Node(ArnPattern pattern)
    {
        switch (pattern.Kind)
        {
            case ArnPatternKind.Any:
                return YamlNode.Text("*");
            case ArnPatternKind.ThisStateMachine:
                return YamlNode.Ref(selfId);
            case ArnPatternKind.ExecutionsOfThisStateMachine:
                return YamlNode.Sub(Account("states") + "execution:${" + selfId + ".Name}" + pattern.Value);
            case ArnPatternKind.ExecutionsOf:
                return Executions(pattern.Value);
            case ArnPatternKind.QueueOfUrl:
                return Queue(pattern.Value);
            default:
                return Text(pattern.Value);
        }
    }

    /// <summary>A text with <c>${AWS::...}</c> and placeholders.</summary>
    public YamlNode Text(string text)
    {
        if (!text.Contains("${")) return YamlNode.Text(text);
        if (WholePlaceholder(text) is { } name)
        {
            return fill(name) switch
            {
                Filler.Machine machine => YamlNode.Ref(machine.LogicalId),
                Filler.Function function => YamlNode.GetAtt(function.LogicalId, "Arn"),
                Filler.Parameter parameter => YamlNode.Ref(parameter.LogicalId),
                Filler.Value value => YamlNode.Text(value.Text),
                _ => YamlNode.Text(text),
            };
        }
        var template = Placeholder.Replace(text, match =>
        {
            var placeholder = match.Groups[1].Value;
            if (placeholder.StartsWith("AWS::", StringComparison.Ordinal)) return match.Value;
            return fill(placeholder) switch
            {
                Filler.Machine machine => "${" + machine.LogicalId + "}",
                Filler.Function function => "${" + function.LogicalId + ".Arn}",
                Filler.Parameter parameter => "${" + parameter.LogicalId + "}",
                Filler.Value value => value.Text.Replace("${", "${!"),
                _ => match.Value,
            };
        });
        return template.Contains("${") && !OnlyEscapes(template) ? YamlNode.Sub(template) : YamlNode.Text(template.Replace("${!", "${"));
    }

    /// <summary>All executions of the machine a placeholder's value names.</summary>
    private YamlNode Executions(string placeholderText)
    {
        var name = WholePlaceholder(placeholderText);
        switch (name is null ? null : fill(name))
        {
            case Filler.Machine machine:
                return YamlNode.Sub(Account("states") + "execution:${" + machine.LogicalId + ".Name}:*");
            case Filler.Parameter parameter:
                // The same ARN with "execution" for "stateMachine" and ":*" for the (optional) qualifier.
                var parts = YamlNode.Split(":", YamlNode.Ref(parameter.LogicalId));
                return YamlNode.Join(":", new YamlNode[]
                {
                    YamlNode.Select(0, parts), YamlNode.Select(1, parts), YamlNode.Select(2, parts), YamlNode.Select(3, parts),
                    YamlNode.Select(4, parts), YamlNode.Text("execution"), YamlNode.Select(6, parts), YamlNode.Text("*"),
                });
            case Filler.Value value when value.Text.Split(':') is { Length: >= 7 and <= 8 } arn && arn[2] == "states" && arn[5] == "stateMachine":
                return YamlNode.Text(string.Join(":", arn[0], arn[1], arn[2], arn[3], arn[4], "execution", arn[6], "*"));
            default:
                return YamlNode.Sub(Account("states") + "execution:*");
        }
    }

    /// <summary>The ARN of the queue at the URL a placeholder's value holds (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME).</summary>
    private YamlNode Queue(string placeholderText)
    {
        var name = WholePlaceholder(placeholderText);
        switch (name is null ? null : fill(name))
        {
            case Filler.Parameter parameter:
                var parts = YamlNode.Split("/", YamlNode.Ref(parameter.LogicalId));
                var host = YamlNode.Split(".", YamlNode.Select(2, parts));
                return YamlNode.Join(":", new YamlNode[]
                {
                    YamlNode.Text("arn"), YamlNode.Ref("AWS::Partition"), YamlNode.Text("sqs"), YamlNode.Select(1, host), YamlNode.Select(3, parts), YamlNode.Select(4, parts),
                });
            case Filler.Value value when MessagingRules.QueueArn(value.Text) is { } arn:
                return Text(arn.Value);
            default:
                return YamlNode.Text("*");
        }
    }

    private static string? WholePlaceholder(string text)
    {
        var match = Placeholder.Match(text);
        return match.Success && match.Index == 0 && match.Length == text.Length && !match.Groups[1].Value.StartsWith("AWS::", StringComparison.Ordinal)
            ? match.Groups[1].Value
            : null;
    }

    private static bool OnlyEscapes(string template)
    {
        for (var i = template.IndexOf("${", StringComparison.Ordinal); i >= 0; i = template.IndexOf("${", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 >= template.Length || template[i + 2] != '!') return false;
        }
        return true;
    }
}
