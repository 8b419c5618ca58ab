using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Asl.Api.Http;

namespace Asl.Api;

/// <summary>
/// <see cref="IStepFunctionsApi"/> over HTTP: the AWS JSON 1.0 protocol (<c>POST /</c>,
/// <c>X-Amz-Target: AWSStepFunctions.&lt;Operation&gt;</c>, <c>application/x-amz-json-1.0</c>), each attempt signed
/// with SigV4 by AWSSDK.Core, credentials and region from AWSSDK.Core's chains unless given. Throttling, 5xx
/// answers and network failures are retried (<see cref="RetryOptions"/>); error answers become
/// <see cref="StepFunctionsApiException"/>. Thread-safe; keep one instance per endpoint.
/// </summary>
public sealed class StepFunctionsHttpClient : IStepFunctionsApi, IDisposable
{
    private const string JsonContentType = "application/x-amz-json-1.0";
    private const string TargetPrefix = "AWSStepFunctions.";
    private static readonly ProductInfoHeaderValue UserAgent = new("Asl", typeof(StepFunctionsHttpClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ServiceEndpoint _endpoint;
    private readonly StepFunctionsHttpClientOptions _options;
    private SigV4RequestSigner? _signer;

    /// <summary>Creates a client with its own connection pool (redirects are not followed, since they would not be re-signed).</summary>
    /// <exception cref="InvalidOperationException">No endpoint is given and no AWS region can be found.</exception>
    public StepFunctionsHttpClient(StepFunctionsHttpClientOptions? options = null)
        : this(options, httpClient: null)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/> (for example one from IHttpClientFactory),
    /// which it does not dispose. The client's handler must not follow redirects automatically.
    /// </summary>
    /// <exception cref="InvalidOperationException">No endpoint is given and no AWS region can be found.</exception>
    public StepFunctionsHttpClient(HttpClient httpClient, StepFunctionsHttpClientOptions? options = null)
        : this(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)))
    {
    }

    private StepFunctionsHttpClient(StepFunctionsHttpClientOptions? options, HttpClient? httpClient)
    {
        _options = options ?? new StepFunctionsHttpClientOptions();
        _options.Retry.Validate();
        _endpoint = ServiceEndpoint.Resolve(_options.Endpoint, _options.Region);
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
    }

    /// <summary>The address requests go to.</summary>
    public Uri Endpoint => _endpoint.Address;

    /// <summary>The region requests are signed for.</summary>
    public string Region => _endpoint.Region.SystemName;

    /// <inheritdoc />
    public Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default)
        => SendAsync("StartExecution", request, ApiJsonContext.Wire.StartExecutionRequest, ApiJsonContext.Wire.StartExecutionResponse, _endpoint.Address, cancellationToken);

    /// <inheritdoc />
    public Task<StartSyncExecutionResponse> StartSyncExecutionAsync(StartSyncExecutionRequest request, CancellationToken cancellationToken = default)
        => SendAsync("StartSyncExecution", request, ApiJsonContext.Wire.StartSyncExecutionRequest, ApiJsonContext.Wire.StartSyncExecutionResponse, _endpoint.SyncAddress, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default)
        => SendAsync("DescribeExecution", request, ApiJsonContext.Wire.DescribeExecutionRequest, ApiJsonContext.Wire.DescribeExecutionResponse, _endpoint.Address, cancellationToken);

    /// <inheritdoc />
    public Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default)
        => SendAsync("StopExecution", request, ApiJsonContext.Wire.StopExecutionRequest, ApiJsonContext.Wire.StopExecutionResponse, _endpoint.Address, cancellationToken);

    /// <inheritdoc />
    public async Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default)
    {
        var page = await SendAsync("GetExecutionHistory", request, ApiJsonContext.Wire.GetExecutionHistoryRequest, ApiJsonContext.Wire.HistoryPage, _endpoint.Address, cancellationToken).ConfigureAwait(false);
        var events = new HistoryEvent[page.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            try
            {
                events[i] = HistoryEvent.FromAwsJson(page.Events[i]);
            }
            catch (JsonException e)
            {
                throw Malformed("GetExecutionHistory", $"event {i} of the page is not a history event: {e.Message}", e);
            }
        }
        return new GetExecutionHistoryResponse { Events = events, NextToken = page.NextToken };
    }

    /// <inheritdoc />
    public Task SendTaskSuccessAsync(SendTaskSuccessRequest request, CancellationToken cancellationToken = default)
        => SendAsync("SendTaskSuccess", request, ApiJsonContext.Wire.SendTaskSuccessRequest, ApiJsonContext.Wire.EmptyResponse, _endpoint.Address, cancellationToken);

    /// <inheritdoc />
    public Task SendTaskFailureAsync(SendTaskFailureRequest request, CancellationToken cancellationToken = default)
        => SendAsync("SendTaskFailure", request, ApiJsonContext.Wire.SendTaskFailureRequest, ApiJsonContext.Wire.EmptyResponse, _endpoint.Address, cancellationToken);

    /// <inheritdoc />
    public Task SendTaskHeartbeatAsync(SendTaskHeartbeatRequest request, CancellationToken cancellationToken = default)
        => SendAsync("SendTaskHeartbeat", request, ApiJsonContext.Wire.SendTaskHeartbeatRequest, ApiJsonContext.Wire.EmptyResponse, _endpoint.Address, cancellationToken);

    // Machine management and listing are not on IStepFunctionsApi (the typed clients only run executions); they are
    // here so that a program can set up its machines on an endpoint, as the NestedWorkflow sample does.

    /// <summary>
    /// Creates a state machine. The service treats a create with the same name, definition and role as the existing
    /// machine as a no-op that returns it; a different one fails with <c>StateMachineAlreadyExists</c> (then call
    /// <see cref="UpdateStateMachineAsync"/>).
    /// </summary>
    public Task<CreateStateMachineResponse> CreateStateMachineAsync(CreateStateMachineRequest request, CancellationToken cancellationToken = default)
        => SendAsync("CreateStateMachine", request, ApiJsonContext.Wire.CreateStateMachineRequest, ApiJsonContext.Wire.CreateStateMachineResponse, _endpoint.Address, cancellationToken);

    /// <summary>Changes a state machine's definition or role; running executions keep the definition they started with.</summary>
    public Task<UpdateStateMachineResponse> UpdateStateMachineAsync(UpdateStateMachineRequest request, CancellationToken cancellationToken = default)
        => SendAsync("UpdateStateMachine", request, ApiJsonContext.Wire.UpdateStateMachineRequest, ApiJsonContext.Wire.UpdateStateMachineResponse, _endpoint.Address, cancellationToken);

    /// <summary>Deletes a state machine (AWS finishes the deletion asynchronously, after its running executions stop).</summary>
    public Task DeleteStateMachineAsync(DeleteStateMachineRequest request, CancellationToken cancellationToken = default)
        => SendAsync("DeleteStateMachine", request, ApiJsonContext.Wire.DeleteStateMachineRequest, ApiJsonContext.Wire.EmptyResponse, _endpoint.Address, cancellationToken);

    /// <summary>Lists one page of a state machine's executions, newest first.</summary>
    public Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default)
        => SendAsync("ListExecutions", request, ApiJsonContext.Wire.ListExecutionsRequest, ApiJsonContext.Wire.ListExecutionsResponse, _endpoint.Address, cancellationToken);

    /// <summary>Lists one page of the account's state machines in the client's region.</summary>
    public Task<ListStateMachinesResponse> ListStateMachinesAsync(ListStateMachinesRequest? request = null, CancellationToken cancellationToken = default)
        => SendAsync("ListStateMachines", request ?? new ListStateMachinesRequest(), ApiJsonContext.Wire.ListStateMachinesRequest,
            ApiJsonContext.Wire.ListStateMachinesResponse, _endpoint.Address, cancellationToken);

    /// <summary>Disposes the connection pool when the client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    private async Task<TResponse> SendAsync<TRequest, TResponse>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType, Uri address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var signer = await SignerAsync(cancellationToken).ConfigureAwait(false);
        var invocationId = Guid.NewGuid().ToString();
        var retry = _options.Retry;
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            using var message = new HttpRequestMessage(HttpMethod.Post, address) { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonContentType);
            message.Headers.TryAddWithoutValidation("X-Amz-Target", TargetPrefix + operation);
            await signer.SignAsync(message, body, cancellationToken).ConfigureAwait(false);
            message.Headers.UserAgent.Add(UserAgent);
            message.Headers.TryAddWithoutValidation("amz-sdk-invocation-id", invocationId);
            message.Headers.TryAddWithoutValidation("amz-sdk-request", $"attempt={attempt}; max={retry.MaxAttempts}");
            try
            {
                using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return ReadResponse(operation, bytes, responseType, response);
                var error = AwsErrorReader.Read(operation, response.StatusCode, response.Headers, bytes);
                if (attempt >= retry.MaxAttempts || !RetryClassifier.IsRetryable(response.StatusCode, error.ErrorCode)) throw error;
                retryAfter = RetryAfterOf(response);
            }
            catch (HttpRequestException e) when (e.StatusCode is null)
            {
                if (attempt >= retry.MaxAttempts)
                    throw new HttpRequestException($"Could not reach the Step Functions endpoint {address} for {operation} after {attempt} attempt(s): {e.Message}. Check the address{(_endpoint.IsCustom ? " and that the server (for example `asl serve`) is running" : " and the network")}.", e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // HttpClient.Timeout elapsed (the caller did not cancel): a transient failure like a lost connection.
                if (attempt >= retry.MaxAttempts)
                    throw new TimeoutException($"The Step Functions endpoint {address} did not answer {operation} within {_http.Timeout.TotalSeconds:0.#} s, {attempt} attempt(s). Check that the endpoint is reachable, or raise HttpClient.Timeout.", e);
            }
            await Task.Delay(retry.DelayBefore(attempt + 1, retryAfter, _options.Jitter), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private TResponse ReadResponse<TResponse>(string operation, byte[] bytes, JsonTypeInfo<TResponse> responseType, HttpResponseMessage response)
    {
        try
        {
            // Operations without output may answer with an empty body instead of {}.
            var json = bytes.Length == 0 ? "{}"u8.ToArray() : bytes;
            return JsonSerializer.Deserialize(json, responseType)
                ?? throw Malformed(operation, "the body is JSON null", null, response);
        }
        catch (JsonException e)
        {
            throw Malformed(operation, e.Message, e, response);
        }
    }

    private StepFunctionsApiException Malformed(string operation, string problem, Exception? inner, HttpResponseMessage? response = null)
        => new(StepFunctionsApiException.MalformedResponseCode,
            $"The endpoint {_endpoint.Address} answered {operation} with something that is not a Step Functions response ({problem}). Check that the endpoint is a Step Functions API.",
            response is null ? null : (int)response.StatusCode, response is null ? null : AwsErrorReader.RequestIdOf(response.Headers), inner);

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow;
        return null;
    }

    private async ValueTask<SigV4RequestSigner> SignerAsync(CancellationToken cancellationToken)
    {
        if (_signer is { } signer) return signer;
        var credentials = _options.Credentials ?? await DefaultCredentialsAsync(cancellationToken).ConfigureAwait(false);
        return _signer = new SigV4RequestSigner(credentials, _endpoint.Region, ServiceEndpoint.SigningName);
    }

    private static async Task<AWSCredentials> DefaultCredentialsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonClientException e)
        {
            throw new InvalidOperationException(
                "No AWS credentials were found for Step Functions. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, configure a profile (AWS_PROFILE), or pass StepFunctionsHttpClientOptions.Credentials; a local endpoint such as `asl serve` accepts any values, for example new BasicAWSCredentials(\"test\", \"test\"). "
                + e.Message, e);
        }
    }
}
