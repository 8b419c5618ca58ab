using System;
using System.Collections.Generic;

namespace Asl.Permissions.Integrations;

/// <summary>
/// AWS SDK integrations (<c>arn:aws:states:::aws-sdk:SERVICE:ACTION</c>,
/// https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html): the IAM action is the
/// service's IAM prefix and the action's name, with AWS's exceptions (the SDK's service name differs from the IAM
/// prefix for some services, <c>sfn</c> is <c>states</c>; some APIs are authorized as another action,
/// <c>s3:headObject</c> as <c>s3:GetObject</c>). The resource is read from the call's parameters for the services
/// whose resource the template knows how to name, and is <c>*</c> (explained, and noted as ASL0902) for the others.
/// </summary>
internal static class AwsSdkRules
{
    /// <summary>SDK service names whose IAM prefix differs.</summary>
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["sfn"] = "states",
        ["eventbridge"] = "events",
        ["cloudwatchlogs"] = "logs",
        ["emr"] = "elasticmapreduce",
        ["emrserverless"] = "emr-serverless",
        ["emrcontainers"] = "emr-containers",
        ["sesv2"] = "ses",
        ["efs"] = "elasticfilesystem",
        ["elasticloadbalancingv2"] = "elasticloadbalancing",
        ["apigatewaymanagementapi"] = "execute-api",
        ["bedrockruntime"] = "bedrock",
        ["bedrockagent"] = "bedrock",
        ["bedrockagentruntime"] = "bedrock",
        ["sagemakerruntime"] = "sagemaker",
        ["dynamodbstreams"] = "dynamodb",
        ["cognitoidentityprovider"] = "cognito-idp",
        ["cognitoidentity"] = "cognito-identity",
        ["applicationautoscaling"] = "application-autoscaling",
        ["configservice"] = "config",
        ["databasemigration"] = "dms",
        ["costexplorer"] = "ce",
        ["elasticsearch"] = "es",
        ["opensearch"] = "es",
        ["iotdata"] = "iot",
        ["resourcegroupstaggingapi"] = "tag",
        ["marketplacecatalog"] = "aws-marketplace",
        ["mediapackagevod"] = "mediapackage-vod",
        ["redshiftdata"] = "redshift-data",
        ["redshiftserverless"] = "redshift-serverless",
        ["timestreamwrite"] = "timestream",
        ["timestreamquery"] = "timestream",
        ["ssoadmin"] = "sso",
        ["mwaa"] = "airflow",
        ["kinesisanalyticsv2"] = "kinesisanalytics",
        ["lexmodelsv2"] = "lex",
        ["lexruntimev2"] = "lex",
        ["ssmincidents"] = "ssm-incidents",
        ["ssmcontacts"] = "ssm-contacts",
        ["acmpca"] = "acm-pca",
        ["rdsdata"] = "rds-data",
        ["s3control"] = "s3",
        ["ecrpublic"] = "ecr-public",
        ["sagemakerfeaturestoreruntime"] = "sagemaker",
        ["sagemakera2iruntime"] = "sagemaker",
        ["personalizeruntime"] = "personalize",
        ["personalizeevents"] = "personalize",
        ["forecastquery"] = "forecast",
        ["mediastoredata"] = "mediastore",
        ["networkfirewall"] = "network-firewall",
        ["serverlessapplicationrepository"] = "serverlessrepo",
        ["licensemanager"] = "license-manager",
        ["wafregional"] = "waf-regional",
        ["codestarconnections"] = "codestar-connections",
        ["greengrassv2"] = "greengrass",
    };

    /// <summary>SDK APIs authorized as another action (service:api, after the prefix mapping, → IAM action).</summary>
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["lambda:invoke"] = "lambda:InvokeFunction",
        ["lambda:invokeAsync"] = "lambda:InvokeFunction",
        ["lambda:invokeWithResponseStream"] = "lambda:InvokeFunction",
        ["bedrockruntime:converse"] = "bedrock:InvokeModel",
        ["bedrockruntime:converseStream"] = "bedrock:InvokeModelWithResponseStream",
        ["sns:publishBatch"] = "sns:Publish",
        ["sqs:sendMessageBatch"] = "sqs:SendMessage",
        ["sqs:deleteMessageBatch"] = "sqs:DeleteMessage",
        ["sqs:changeMessageVisibilityBatch"] = "sqs:ChangeMessageVisibility",
        ["apigatewaymanagementapi:postToConnection"] = "execute-api:ManageConnections",
        ["apigatewaymanagementapi:getConnection"] = "execute-api:ManageConnections",
        ["apigatewaymanagementapi:deleteConnection"] = "execute-api:ManageConnections",
    };

    public static void Derive(TaskCall call)
    {
        var colon = call.Api.IndexOf(':');
        if (colon <= 0 || colon == call.Api.Length - 1)
        {
            call.NotGranted(call.Pointer, $"calls {call.Resource}, which names no service and action (arn:aws:states:::aws-sdk:SERVICE:ACTION)");
            return;
        }
        var service = call.Api.Substring(0, colon);
        var api = call.Api.Substring(colon + 1);
        if (service is "apigateway" or "apigatewayv2")
        {
            // API Gateway's management API is authorized by HTTP verb on the resource's path (apigateway:GET, POST, PATCH,
            // PUT, DELETE on arn:aws:apigateway:REGION::/restapis/...), not by an action named after the API.
            call.NotGranted(call.Pointer,
                $"calls {call.Resource}, which API Gateway authorizes as an HTTP verb on the resource's path (apigateway:GET, POST, PUT, PATCH or DELETE on "
                + "arn:aws:apigateway:REGION::/PATH), not as an action named after the API: add that statement to the role");
            return;
        }
        var actions = new[] { ActionOf(service, api) };
        if (Resources(call, service, api, actions)) return;
        call.Grant(Pascal(service) + Pascal(api), actions,
            call.Wide(call.Pointer, $"calls {actions[0]}, whose resource the template does not read from the call's parameters", ArnPattern.Any, actions));
    }

    /// <summary>The IAM action an SDK call is authorized as.</summary>
    public static string ActionOf(string service, string api)
    {
        if (service == "s3") return S3Rules.Action(api);
        if (Actions.TryGetValue(service + ":" + api, out var action)) return action;
        return (Prefixes.TryGetValue(service, out var prefix) ? prefix : service) + ":" + Pascal(api);
    }

    /// <summary>Grants the call's actions on the resources its parameters name, for the services the template knows; false for the others.</summary>
    private static bool Resources(TaskCall call, string service, string api, string[] actions)
    {
        switch (service)
        {
            case "lambda" when actions[0] == "lambda:InvokeFunction":
                LambdaRules.FunctionName(call);
                return true;
            case "sfn":
                return StepFunctionsRules.Sdk(call, api, actions);
            case "dynamodb":
                return DynamoDbRules.Sdk(call, api, actions);
            case "s3":
                return S3Rules.Sdk(call, api, actions);
            case "sqs" when !call.Field("QueueUrl").IsMissing:
                MessagingRules.Queue(call, actions[0] == "sqs:SendMessage" ? "SendToQueues" : "Sqs" + actions[0].Substring(4), actions);
                return true;
            case "sns" when actions[0] == "sns:Publish":
                MessagingRules.SnsPublish(call, actions);
                return true;
            case "eventbridge" when api == "putEvents":
                MessagingRules.EventBuses(call, actions);
                return true;
            case "scheduler":
                return MessagingRules.Scheduler(call, api, actions);
            case "bedrockruntime" when actions[0].StartsWith("bedrock:InvokeModel", StringComparison.Ordinal):
                MachineLearningRules.InvokeModel(call, actions, "ModelId");
                return true;
            case "secretsmanager" when !call.Field("SecretId").IsMissing:
                call.Grant("Secrets" + Pascal(api), actions, call.Target(call.Field("SecretId"),
                    id => Arns.Parts(id) is not null || Arns.IsWholePlaceholder(id) ? ArnPattern.Text(id) : ArnPattern.InStack("secretsmanager", "secret:" + id + "-??????"),
                    ArnPattern.InStack("secretsmanager", "secret:*"), actions));
                return true;
            case "ssm" when !call.Field("Name").IsMissing:
                call.Grant("Ssm" + Pascal(api), actions, call.Target(call.Field("Name"), Parameter, ArnPattern.InStack("ssm", "parameter/*"), actions));
                return true;
            default:
                return false;
        }
    }

    private static ArnPattern Parameter(string name) =>
        Arns.Parts(name) is not null ? ArnPattern.Text(name) : ArnPattern.InStack("ssm", "parameter" + (name.StartsWith("/", StringComparison.Ordinal) ? name : "/" + name));

    /// <summary>An API name as IAM spells actions: its first letter in upper case (<c>getItem</c> → <c>GetItem</c>).</summary>
    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
