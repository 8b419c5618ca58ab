using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>
/// AWS SDK integrations (https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html): the IAM
/// action is the service's IAM prefix and the action's name, with AWS's exceptions, on the resource the parameters
/// name where the template knows how to read it.
/// </summary>
public sealed class AwsSdkPermissionTests
{
    [Theory]
    [InlineData("sfn", "describeStateMachine", "states:DescribeStateMachine")]
    [InlineData("cloudwatchlogs", "putLogEvents", "logs:PutLogEvents")]
    [InlineData("emr", "listClusters", "elasticmapreduce:ListClusters")]
    [InlineData("sesv2", "sendEmail", "ses:SendEmail")]
    [InlineData("efs", "describeFileSystems", "elasticfilesystem:DescribeFileSystems")]
    [InlineData("apigatewaymanagementapi", "postToConnection", "execute-api:ManageConnections")]
    [InlineData("ec2", "describeInstances", "ec2:DescribeInstances")]
    [InlineData("acmpca", "issueCertificate", "acm-pca:IssueCertificate")]
    [InlineData("rdsdata", "executeStatement", "rds-data:ExecuteStatement")]
    [InlineData("s3control", "listJobs", "s3:ListJobs")]
    public void The_action_is_the_IAM_prefix_and_action_name_with_AWS_exceptions(string service, string api, string action)
    {
        var (role, _, notes) = Grant(AwsSdk("T", service, api).Parameters(new { Dummy = 1 }));

        Assert.Contains($"Action: [\"{action}\"]", Assert.Single(role));
        Assert.EndsWith("Resource: [\"*\"]}", role[0]);
        Assert.Contains($"State 'T' calls {action}, whose resource the template does not read from the call's parameters, so the template grants {action} on *", Assert.Single(notes).Message);
    }

    /// <summary>
    /// API Gateway's management APIs (apigateway, apigatewayv2) are authorized by HTTP verb on a resource path
    /// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonapigatewaymanagement.html), so no
    /// action named after the API exists: the template grants nothing and says what to add (ASL0903).
    /// </summary>
    [Theory]
    [InlineData("apigateway")]
    [InlineData("apigatewayv2")]
    public void API_Gateway_management_calls_are_reported_since_IAM_authorizes_them_by_HTTP_verb(string service)
    {
        var (role, _, notes) = Grant(AwsSdk("T", service, "getApis").Parameters(new { Dummy = 1 }));

        Assert.Empty(role);
        Assert.Equal("ASL0903", Assert.Single(notes).Code);
        Assert.Contains("apigateway:GET, POST, PUT, PATCH or DELETE", notes[0].Message);
    }

    /// <summary>The reason for the wildcard stands beside it in the template.</summary>
    [Fact]
    public void The_template_says_why_an_SDK_call_is_allowed_on_every_resource()
    {
        var text = TestSupport.TemplateText("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:ec2:describeInstances","End":true}}}""");

        Assert.Contains("- \"*\"  # state 'T' calls ec2:DescribeInstances, whose resource the template does not read from the call's parameters\n", text);
    }

    /// <summary>S3 authorizes HeadObject as s3:GetObject and ListObjectsV2 as s3:ListBucket (with the listed prefix as a condition).</summary>
    [Fact]
    public void S3_calls_are_allowed_on_the_object_or_bucket_they_name()
    {
        var head = Role(AwsSdk("T", "s3", "headObject").Parameters(new { Bucket = "orders", Key = "2024/index.json" }));
        var get = Role(AwsSdk("T", "s3", "getObject").Parameters(new { Bucket = "orders", Key = "2024/index.json" }), S3GetObject("T", "orders", "2024/index.json"));
        var put = Role(AwsSdk("T", "s3", "putObject").Parameters(new { Bucket = "orders", Key = "2024/index.json", Body = "x" }),
            S3PutObject("T", "orders", "2024/index.json").Body("x"));
        var list = Role(AwsSdk("T", "s3", "listObjectsV2").Parameters(new { Bucket = "orders", Prefix = "2024/" }));

        Same([Statement("S3GetObject", Actions("s3:GetObject"), Sub("arn:${AWS::Partition}:s3:::orders/2024/index.json"))], head);
        Same(head, get);
        Same([Statement("S3PutObject", Actions("s3:PutObject"), Sub("arn:${AWS::Partition}:s3:::orders/2024/index.json"))], put);
        Same([Statement("S3ListBucket", Actions("s3:ListBucket"), [Sub("arn:${AWS::Partition}:s3:::orders")], "{StringLike: {\"s3:prefix\": \"2024/\"}}")], list);
    }

    [Fact]
    public void Lambda_SNS_secrets_and_parameters_are_read_from_the_call()
    {
        var invoke = Role(AwsSdk("T", "lambda", "invoke").Parameters(new { FunctionName = "charge" }));
        var batch = Role(AwsSdk("T", "sns", "publishBatch").Parameters(new { TopicArn = "arn:aws:sns:us-east-1:123456789012:orders", PublishBatchRequestEntries = new object[0] }));
        var secret = Role(AwsSdk("T", "secretsmanager", "getSecretValue").Parameters(new { SecretId = "orders/db" }));
        var parameter = Role(AwsSdk("T", "ssm", "getParameter").Parameters(new { Name = "/orders/threshold" }));

        Same([Statement("InvokeFunctions", Actions("lambda:InvokeFunction"),
            Sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:charge"), Sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:charge:*"))], invoke);
        Same([Statement("PublishToTopics", Actions("sns:Publish"), Literal("arn:aws:sns:us-east-1:123456789012:orders"))], batch);
        Same([Statement("SecretsGetSecretValue", Actions("secretsmanager:GetSecretValue"), InStack("secretsmanager", "secret:orders/db-??????"))], secret);
        Same([Statement("SsmGetParameter", Actions("ssm:GetParameter"), InStack("ssm", "parameter/orders/threshold"))], parameter);
    }
}
