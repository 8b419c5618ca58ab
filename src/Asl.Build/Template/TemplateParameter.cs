using System.Collections.Generic;
using Asl.Build.Metadata;
using Asl.Build.Yaml;

namespace Asl.Build.Template;

/// <summary>
/// A template parameter for a <c>${Placeholder}</c> that the project itself does not fill: a Lambda function,
/// a state machine of another project, or any other value. The deployer passes it (for example with
/// <c>sam deploy --parameter-overrides</c>, or from a parent stack).
/// </summary>
internal sealed class TemplateParameter(string placeholder, string logicalId)
{
    public string Placeholder { get; } = placeholder;

    public string LogicalId { get; } = logicalId;

    /// <summary>How the definitions use it: StateMachine, LambdaFunction, Other.</summary>
    public SortedSet<string> Kinds { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The machines whose definitions hold it.</summary>
    public SortedSet<string> UsedBy { get; } = new(System.StringComparer.Ordinal);

    public YamlMapping ToYaml()
    {
        var parameter = new YamlMapping { { "Type", "String" } };
        var single = Kinds.Count == 1 ? Kinds.Min : null;
        var what = single switch
        {
            SubstitutionEntry.StateMachineKind => "ARN of the state machine",
            SubstitutionEntry.LambdaFunctionKind => "ARN of the Lambda function",
            _ => "Value",
        };
        // Not "${Name}": CloudFormation linters read that as a substitution outside Fn::Sub.
        parameter.Add("Description", $"{what} for the placeholder {Placeholder} of {string.Join(", ", UsedBy)}");
        switch (single)
        {
            case SubstitutionEntry.StateMachineKind:
                parameter.Add("AllowedPattern", "^arn:aws[a-z-]*:states:[a-z0-9-]+:[0-9]{12}:stateMachine:[^:]+(:[^:]+)?$");
                parameter.Add("ConstraintDescription", "must be a state machine ARN: arn:aws:states:REGION:ACCOUNT:stateMachine:NAME");
                break;
            case SubstitutionEntry.LambdaFunctionKind:
                parameter.Add("AllowedPattern", "^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[^:]+(:[^:]+)?$");
                parameter.Add("ConstraintDescription", "must be a Lambda function ARN: arn:aws:lambda:REGION:ACCOUNT:function:NAME");
                break;
        }
        return parameter;
    }
}
