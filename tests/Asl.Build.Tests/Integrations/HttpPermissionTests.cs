using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>Amazon API Gateway and the HTTP Task, each through a raw Task(...), its typed builder and as JSON.</summary>
public sealed class HttpPermissionTests
{
    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/api-gateway-iam.html: execute-api:Invoke, here on the method
    /// the Task calls (AWS's template allows every API of the account).
    /// </summary>
    [Fact]
    public void API_Gateway_with_IAM_auth_is_allowed_to_invoke_that_method()
    {
        var statements = Role(Task("T", "arn:aws:states:::apigateway:invoke").Parameters(new
        {
            ApiEndpoint = "a1b2c3.execute-api.eu-west-1.amazonaws.com", Method = "POST", Stage = "prod", Path = "/orders", AuthType = "IAM_ROLE",
        }), ApiGatewayInvoke("T", "a1b2c3.execute-api.eu-west-1.amazonaws.com", HttpVerb.Post).Stage("prod").Path("/orders").AuthType(ApiGatewayAuthType.IamRole)
            .RequestBody(new { Order = Input.At("$.order") }));

        Same([Statement("InvokeApis", Actions("execute-api:Invoke"), Sub("arn:${AWS::Partition}:execute-api:eu-west-1:${AWS::AccountId}:a1b2c3/prod/POST/orders"))], statements);
    }

    [Fact]
    public void API_Gateway_without_auth_needs_nothing_and_with_a_resource_policy_is_ASL0903()
    {
        var open = Grant(Task("T", "arn:aws:states:::apigateway:invoke").Parameters(new { ApiEndpoint = "a1b2c3.execute-api.eu-west-1.amazonaws.com", Method = "GET" }),
            ApiGatewayInvoke("T", "a1b2c3.execute-api.eu-west-1.amazonaws.com", HttpVerb.Get));
        var policy = Grant(Task("T", "arn:aws:states:::apigateway:invoke").Parameters(new
        {
            ApiEndpoint = "a1b2c3.execute-api.eu-west-1.amazonaws.com", Method = "GET", AuthType = "RESOURCE_POLICY",
        }), ApiGatewayInvoke("T", "a1b2c3.execute-api.eu-west-1.amazonaws.com", HttpVerb.Get).AuthType(ApiGatewayAuthType.ResourcePolicy));

        Assert.Empty(open.Role);
        Assert.Empty(open.Notes);
        Assert.Empty(policy.Role);
        Assert.Contains("allow execute-api:Invoke to the service principal states.amazonaws.com", Assert.Single(policy.Notes).Message);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html#connect-http-task-permissions ("IAM
    /// permissions to run an HTTP Task"): events:RetrieveConnectionCredentials on the connection, secretsmanager:GetSecretValue
    /// and DescribeSecret on its secret (the page grants every connection's secret, <c>secret:events!connection/*</c>; here
    /// the one connection's), and states:InvokeHTTPEndpoint on this state machine with states:HTTPMethod (StringEquals) and
    /// states:HTTPEndpoint (StringLike) conditions. The last names the machine itself, so the template attaches it once the
    /// machine exists.
    /// </summary>
    [Fact]
    public void HTTP_Task_retrieves_its_connection_and_may_invoke_only_its_endpoint_and_method()
    {
        const string connection = "arn:aws:events:us-east-1:123456789012:connection/stripe/3f8c1b2a-1111-2222-3333-444455556666";

        var (role, self, notes) = Grant(Task("T", "arn:aws:states:::http:invoke").Parameters(new
        {
            ApiEndpoint = "https://api.stripe.com/v1/charges", Method = "POST", Authentication = new { ConnectionArn = connection },
        }), HttpInvoke("T", "https://api.stripe.com/v1/charges", HttpVerb.Post, connection).RequestBody(new { amount = 100 }).UrlEncodeBody());

        Same(
        [
            Statement("RetrieveConnectionCredentials", Actions("events:RetrieveConnectionCredentials"), Literal(connection)),
            Statement("GetConnectionSecrets", Actions("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"), Literal("arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/stripe/*")),
        ], role);
        Same([Statement("InvokeHttpEndpoints", Actions("states:InvokeHTTPEndpoint"), ["!Ref M"],
            "{StringEquals: {\"states:HTTPMethod\": POST}, StringLike: {\"states:HTTPEndpoint\": \"https://api.stripe.com/v1/charges\"}}")], self);
        Assert.Empty(notes);
    }
}
