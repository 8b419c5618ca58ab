using System.Collections.Generic;

namespace Asl;

/// <summary>HTTP methods (verbs) for <see cref="ApiGatewayInvokeBuilder"/> and <see cref="HttpInvokeBuilder"/>.</summary>
public enum HttpVerb
{
    /// <summary>GET.</summary>
    Get,
    /// <summary>POST.</summary>
    Post,
    /// <summary>PUT.</summary>
    Put,
    /// <summary>DELETE.</summary>
    Delete,
    /// <summary>PATCH.</summary>
    Patch,
    /// <summary>HEAD.</summary>
    Head,
    /// <summary>OPTIONS.</summary>
    Options,
}

/// <summary>How a Task authenticates to Amazon API Gateway.</summary>
public enum ApiGatewayAuthType
{
    /// <summary>No authentication (<c>NO_AUTH</c>).</summary>
    None,
    /// <summary>SigV4 with the state machine's role (<c>IAM_ROLE</c>); the template grants <c>execute-api:Invoke</c> on the method.</summary>
    IamRole,
    /// <summary>The API's resource policy allows Step Functions (<c>RESOURCE_POLICY</c>); nothing is granted to the role.</summary>
    ResourcePolicy,
}

/// <summary>
/// Calls an Amazon API Gateway REST API (<c>arn:aws:states:::apigateway:invoke</c>, optionally <c>.waitForTaskToken</c>).
/// With <see cref="ApiGatewayAuthType.IamRole"/> the template grants <c>execute-api:Invoke</c> on that stage, method and path.
/// </summary>
public sealed class ApiGatewayInvokeBuilder : ServiceTaskBuilder<ApiGatewayInvokeBuilder>
{
    private static readonly string[] Order = ["ApiEndpoint", "Method", "Stage", "Path", "Headers", "QueryParameters", "RequestBody", "AllowNullValues", "AuthType"];
    private readonly Dictionary<string, object> _headers = new();
    private readonly Dictionary<string, object> _query = new();

    internal ApiGatewayInvokeBuilder(string name, string apiEndpoint, HttpVerb method) : base(name)
    {
        Member("ApiEndpoint", apiEndpoint, nameof(apiEndpoint));
        Member("Method", HttpVerbs.Name(method), nameof(method));
    }

    /// <summary>The stage, for example <c>prod</c>.</summary>
    public ApiGatewayInvokeBuilder Stage(string stage) => Member("Stage", stage, nameof(stage));

    /// <summary>The resource path, for example <c>/orders</c>.</summary>
    public ApiGatewayInvokeBuilder Path(string path) => Member("Path", path, nameof(path));

    /// <summary>Adds a request header (API Gateway takes a list of values per header).</summary>
    public ApiGatewayInvokeBuilder Header(string name, params string[] values)
    {
        _headers[FixedText.Check(name, "A header name")] = values;
        return Member("Headers", new Dictionary<string, object>(_headers), nameof(values));
    }

    /// <summary>Adds a query parameter (a list of values per name).</summary>
    public ApiGatewayInvokeBuilder QueryParameter(string name, params string[] values)
    {
        _query[FixedText.Check(name, "A query parameter name")] = values;
        return Member("QueryParameters", new Dictionary<string, object>(_query), nameof(values));
    }

    /// <summary>The request body: an object (sent as JSON) or text.</summary>
    public ApiGatewayInvokeBuilder RequestBody(object body) => Member("RequestBody", body, nameof(body));

    /// <summary>How the call is authenticated (<see cref="ApiGatewayAuthType.None"/> when not called).</summary>
    public ApiGatewayInvokeBuilder AuthType(ApiGatewayAuthType authType) => Member("AuthType", authType switch
    {
        ApiGatewayAuthType.IamRole => "IAM_ROLE",
        ApiGatewayAuthType.ResourcePolicy => "RESOURCE_POLICY",
        _ => "NO_AUTH",
    }, nameof(authType));

    /// <summary>Waits until someone calls SendTaskSuccess or SendTaskFailure; pass <see cref="Context.TaskToken"/> in the request.</summary>
    public ApiGatewayInvokeBuilder WaitForTaskToken() => UsePattern(IntegrationPattern.WaitForTaskToken);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::apigateway:invoke";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "ApiGatewayInvoke";
}

/// <summary>
/// Calls a public HTTPS API (<c>arn:aws:states:::http:invoke</c>) with the credentials of an Amazon EventBridge connection.
/// The template grants <c>events:RetrieveConnectionCredentials</c> on the connection, read access to its secret, and
/// <c>states:InvokeHTTPEndpoint</c> for this endpoint and method only.
/// </summary>
public sealed class HttpInvokeBuilder : ServiceTaskBuilder<HttpInvokeBuilder>
{
    private static readonly string[] Order = ["ApiEndpoint", "Method", "Authentication", "Headers", "QueryParameters", "RequestBody", "Transform"];
    private readonly Dictionary<string, object> _headers = new();
    private readonly Dictionary<string, object> _query = new();

    internal HttpInvokeBuilder(string name, string apiEndpoint, HttpVerb method, string connectionArn) : base(name)
    {
        Member("ApiEndpoint", apiEndpoint, nameof(apiEndpoint));
        Member("Method", HttpVerbs.Name(method), nameof(method));
        Member("Authentication", new Dictionary<string, object> { ["ConnectionArn"] = connectionArn }, nameof(connectionArn));
    }

    /// <summary>Adds a request header.</summary>
    public HttpInvokeBuilder Header(string name, string value)
    {
        _headers[FixedText.Check(name, "A header name")] = value;
        return Member("Headers", new Dictionary<string, object>(_headers), nameof(value));
    }

    /// <summary>Adds a query parameter.</summary>
    public HttpInvokeBuilder QueryParameter(string name, string value)
    {
        _query[FixedText.Check(name, "A query parameter name")] = value;
        return Member("QueryParameters", new Dictionary<string, object>(_query), nameof(value));
    }

    /// <summary>The request body: an object (sent as JSON unless <see cref="UrlEncodeBody"/>) or text.</summary>
    public HttpInvokeBuilder RequestBody(object body) => Member("RequestBody", body, nameof(body));

    /// <summary>Sends the body URL-encoded (<c>application/x-www-form-urlencoded</c>), arrays written as <paramref name="arrayFormat"/> (<c>BRACKETS</c>, <c>COMMAS</c>, <c>INDICES</c> or <c>REPEAT</c>).</summary>
    public HttpInvokeBuilder UrlEncodeBody(string arrayFormat = "INDICES") => Member("Transform", new Dictionary<string, object>
    {
        ["RequestBodyEncoding"] = "URL_ENCODED",
        ["RequestEncodingOptions"] = new Dictionary<string, object> { ["ArrayFormat"] = arrayFormat },
    }, nameof(arrayFormat));

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::http:invoke";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "HttpInvoke";
}

internal static class HttpVerbs
{
    public static string Name(HttpVerb method) => method.ToString().ToUpperInvariant();
}
