using System;

namespace Asl.Permissions.Integrations;

/// <summary>
/// Amazon API Gateway (https://docs.aws.amazon.com/step-functions/latest/dg/api-gateway-iam.html) and the HTTP Task
/// (https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html#connect-http-task-permissions: the
/// connection's credentials, its secret, and states:InvokeHTTPEndpoint on the machine with the method (StringEquals)
/// and endpoint (StringLike) as conditions).
/// </summary>
internal static class HttpRules
{
    private static readonly string[] Invoke = { "execute-api:Invoke" };

    /// <summary>
    /// execute-api:Invoke on the API method the call names, when it authenticates with the role (<c>AuthType:
    /// IAM_ROLE</c>). Without authentication (the default) the role needs nothing; with <c>RESOURCE_POLICY</c> the
    /// API's own resource policy must allow Step Functions, which this template cannot change.
    /// </summary>
    public static void ApiGateway(TaskCall call)
    {
        if (call.Api != "invoke")
        {
            call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no API Gateway integration Step Functions offers; use apigateway:invoke");
            return;
        }
        var auth = call.Field("AuthType");
        if (auth.IsMissing || auth.IsText && auth.Text == "NO_AUTH") return;
        if (auth.IsText && auth.Text == "RESOURCE_POLICY")
        {
            call.NotGranted(auth.Pointer,
                "invokes an API that authorizes by its resource policy: allow execute-api:Invoke to the service principal states.amazonaws.com "
                + "(with an aws:SourceArn condition naming this state machine) in the API's resource policy; the state machine's role needs nothing");
            return;
        }
        if (auth.IsDynamic)
        {
            call.Grant("InvokeApis", Invoke, call.Wide(auth.Pointer, auth.Text, ArnPattern.Text("arn:${AWS::Partition}:execute-api:*:*:*"), Invoke));
            return;
        }
        call.Grant("InvokeApis", Invoke, Method(call));
    }

    /// <summary><c>arn:PARTITION:execute-api:REGION:ACCOUNT:API/STAGE/METHOD/PATH</c>, each part a wildcard where only run time knows it.</summary>
    private static ArnPattern Method(TaskCall call)
    {
        var endpoint = call.Field("ApiEndpoint");
        if (!endpoint.IsText) return call.Target(endpoint, ArnPattern.Text, ArnPattern.Text("arn:${AWS::Partition}:execute-api:*:*:*"), Invoke);
        // API_ID.execute-api.REGION.amazonaws.com; a custom domain does not name its API.
        var host = endpoint.Text.Split('.');
        var (api, region) = host.Length >= 4 && host[1] == "execute-api" ? (host[0], host[2]) : ("*", "${AWS::Region}");
        FieldValue? dynamic = null;
        string Part(string field)
        {
            var value = call.Field(field);
            if (value.IsText) return value.Text.Trim('/');
            if (value.IsDynamic && dynamic is null) dynamic = value;
            return "*";
        }
        var arn = ArnPattern.Text($"arn:${{AWS::Partition}}:execute-api:{region}:${{AWS::AccountId}}:{api}/{Part("Stage")}/{Part("Method")}/{Part("Path")}");
        if (dynamic is { } runTime) return call.Wide(runTime.Pointer, runTime.Text, arn, Invoke);
        return api == "*" ? arn.Because($"state '{call.State}' calls the custom domain {endpoint.Text}, which does not name its API") : arn;
    }

    /// <summary>
    /// The HTTP Task: the EventBridge connection's credentials and their secret, and states:InvokeHTTPEndpoint on this
    /// state machine for the endpoint and method the Task calls.
    /// </summary>
    public static void HttpInvoke(TaskCall call)
    {
        if (call.Api != "invoke")
        {
            call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no HTTP Task; use http:invoke");
            return;
        }
        // The connection is named under Authentication, or under InvocationConfig for private APIs.
        var connection = call.Field("Authentication", "ConnectionArn") is { IsMissing: false } authentication ? authentication : call.Field("InvocationConfig", "ConnectionArn");
        var retrieve = TaskCall.Actions("events:RetrieveConnectionCredentials");
        if (call.ArnTarget(connection, ArnPattern.InStack("events", "connection/*"), retrieve) is { } target)
        {
            call.Grant("RetrieveConnectionCredentials", retrieve, target);
            var secret = TaskCall.Actions("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret");
            call.Grant("GetConnectionSecrets", secret, ConnectionSecret(call, connection));
        }

        var conditions = new System.Collections.Generic.List<GrantCondition>();
        var method = call.Field("Method");
        if (method.IsText) conditions.Add(GrantCondition.Of("StringEquals", "states:HTTPMethod", method.Text));
        var endpoint = call.Field("ApiEndpoint");
        // AWS's example matches the endpoint with StringLike (a pattern); the Task's literal endpoint is the pattern here.
        if (endpoint.IsText) conditions.Add(GrantCondition.Of("StringLike", "states:HTTPEndpoint", endpoint.Text));
        var invoke = TaskCall.Actions("states:InvokeHTTPEndpoint");
        var machine = ArnPattern.ThisStateMachine;
        foreach (var field in new[] { method, endpoint })
        {
            if (field.IsDynamic) machine = call.Wide(field.Pointer, $"{field.Text} (no condition can narrow it)", ArnPattern.ThisStateMachine, invoke);
        }
        call.Grant("InvokeHttpEndpoints", invoke, new[] { machine }, conditions.ToArray());
    }

    /// <summary>The Secrets Manager secret EventBridge keeps a connection's credentials in: <c>events!connection/NAME/...</c>.</summary>
    private static ArnPattern ConnectionSecret(TaskCall call, FieldValue connection)
    {
        var anyConnection = ArnPattern.Text("arn:${AWS::Partition}:secretsmanager:*:*:secret:events!connection/*");
        if (connection.IsText && Arns.Parts(connection.Text) is { Length: >= 6 } parts && parts[5].StartsWith("connection/", StringComparison.Ordinal))
        {
            var name = parts[5].Substring("connection/".Length).Split('/')[0];
            if (name.Length > 0) return ArnPattern.Text($"arn:{parts[1]}:secretsmanager:{parts[3]}:{parts[4]}:secret:events!connection/{name}/*");
        }
        if (connection.IsText) return anyConnection.Because($"state '{call.State}' names its connection by a placeholder, and the connection's secret has a name of its own");
        return anyConnection.Because($"state '{call.State}' {connection.Text}");
    }
}
