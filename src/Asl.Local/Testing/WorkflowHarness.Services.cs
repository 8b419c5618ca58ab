using System.Text.Json.Nodes;
using Asl.Json;
using Asl.Local;
using Asl.Local.Errors;

namespace Asl.Testing;

// The typed mocks of the service integrations the typed builders write. A service whose calls name their target (a topic,
// a queue, a bus, an endpoint, a model) has one engine handler that finds the mock by that name; a job service has one mock.
public sealed partial class WorkflowHarness
{
    private const string SnsPublish = "arn:aws:states:::sns:publish";
    private const string SqsSendMessage = "arn:aws:states:::sqs:sendMessage";
    private const string EventsPutEvents = "arn:aws:states:::events:putEvents";
    private const string HttpInvoke = "arn:aws:states:::http:invoke";
    private const string BedrockInvokeModel = "arn:aws:states:::bedrock:invokeModel";
    private readonly List<ServiceMockSite> _serviceMocks = new();

    /// <summary>The serializer of the test's types, for the calls the service mocks record.</summary>
    internal TypedJson Json => _json;

    /// <summary>
    /// An SNS topic (see <see cref="SnsTopicMock"/>) that <c>sns:publish</c> calls naming it reach: by its name, ARN, or the
    /// placeholder the definition names it by (<c>${OrdersTopic}</c>, which the harness then fills with a topic ARN unless
    /// you substitute it). Publishing to a topic no mock holds fails as on AWS, with <see cref="Errors.SNS.NotFoundException"/>.
    /// It replaces a <see cref="MockTask{TRequest, TResponse}(string)"/> of <c>sns:publish</c>.
    /// </summary>
    public SnsTopicMock MockSnsTopic(string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        var mock = new SnsTopicMock(topic, this);
        AddSite(mock, SnsPublish, "TopicArn", $"arn:aws:sns:{Engine.Options.Region}:{Engine.Options.AccountId}:{Unwrap(topic)}");
        Engine.RegisterTaskHandler(SnsPublish, (invocation, cancellation) =>
        {
            var request = ServiceRequests.Parse(invocation.Parameters, "SNS");
            var target = Find<SnsTopicMock>(SnsPublish, ServiceRequests.String(request, "TopicArn"))
                ?? throw new StatesError(Errors.SNS.NotFoundException, $"Topic does not exist (Service: AmazonSNS; Status Code: 404; Error Code: NotFound; Request ID: {Engine.NewRequestId()}; Proxy: null)");
            return target.AnswerAsync(request, ContextOf(invocation), cancellation);
        });
        return mock;
    }

    /// <summary>
    /// An SQS queue (see <see cref="SqsQueueMock"/>) that <c>sqs:sendMessage</c> calls naming it reach: by its name, URL, or
    /// placeholder (<c>${ApprovalQueueUrl}</c>, filled with a queue URL unless you substitute it). Sending to a queue no mock
    /// holds fails as on AWS, with <see cref="Errors.SQS.QueueDoesNotExistException"/>.
    /// </summary>
    public SqsQueueMock MockSqsQueue(string queue)
    {
        ArgumentException.ThrowIfNullOrEmpty(queue);
        var mock = new SqsQueueMock(queue, this);
        AddSite(mock, SqsSendMessage, "QueueUrl", $"https://sqs.{Engine.Options.Region}.amazonaws.com/{Engine.Options.AccountId}/{Unwrap(queue)}");
        Engine.RegisterTaskHandler(SqsSendMessage, (invocation, cancellation) =>
        {
            var request = ServiceRequests.Parse(invocation.Parameters, "SQS");
            var target = Find<SqsQueueMock>(SqsSendMessage, ServiceRequests.String(request, "QueueUrl"))
                ?? throw new StatesError(Errors.SQS.QueueDoesNotExistException,
                    $"The specified queue does not exist or you do not have access to it. (Service: AmazonSQS; Status Code: 400; Error Code: AWS.SimpleQueueService.NonExistentQueue; Request ID: {Engine.NewRequestId()}; Proxy: null)");
            return target.AnswerAsync(request, ContextOf(invocation), cancellation);
        });
        return mock;
    }

    /// <summary>
    /// An EventBridge bus (see <see cref="EventBusMock"/>) that the entries of <c>events:putEvents</c> calls sent to it reach:
    /// by its name, ARN or placeholder; <c>default</c> (the default) takes the entries that name no bus. An entry for a bus
    /// no mock holds fails the run, naming the bus to mock.
    /// </summary>
    public EventBusMock MockEventBus(string bus = "default")
    {
        ArgumentException.ThrowIfNullOrEmpty(bus);
        var mock = new EventBusMock(bus);
        AddSite(mock, EventsPutEvents, null, Unwrap(bus));
        Engine.RegisterTaskHandler(EventsPutEvents, PutEventsAsync);
        return mock;
    }

    /// <summary>An ECS RunTask service (see <see cref="JobMock{TRequest}"/>) for <c>ecs:runTask</c>, request-response or <c>.sync</c>.</summary>
    public JobMock<EcsRunTaskRequest> MockEcsRunTask() => MockJob<EcsRunTaskRequest>(new EcsShape());

    /// <summary>A Batch SubmitJob service (see <see cref="JobMock{TRequest}"/>) for <c>batch:submitJob</c>, request-response or <c>.sync</c>.</summary>
    public JobMock<BatchSubmitJobRequest> MockBatchSubmitJob() => MockJob<BatchSubmitJobRequest>(new BatchShape());

    /// <summary>A Glue StartJobRun service (see <see cref="JobMock{TRequest}"/>) for <c>glue:startJobRun</c>, request-response or <c>.sync</c>.</summary>
    public JobMock<GlueStartJobRunRequest> MockGlueStartJobRun() => MockJob<GlueStartJobRunRequest>(new GlueShape());

    /// <summary>An Athena StartQueryExecution service (see <see cref="JobMock{TRequest}"/>), request-response or <c>.sync</c>.</summary>
    public JobMock<AthenaStartQueryExecutionRequest> MockAthenaStartQueryExecution() => MockJob<AthenaStartQueryExecutionRequest>(new AthenaShape());

    /// <summary>A CodeBuild StartBuild service (see <see cref="JobMock{TRequest}"/>) for <c>codebuild:startBuild</c>, request-response or <c>.sync</c>.</summary>
    public JobMock<CodeBuildStartBuildRequest> MockCodeBuildStartBuild() => MockJob<CodeBuildStartBuildRequest>(new CodeBuildShape());

    /// <summary>
    /// An HTTPS endpoint (see <see cref="HttpEndpointMock"/>) that HTTP Tasks calling that URL reach (by the URL, or its
    /// placeholder). A call to a URL no mock holds fails the run, naming the URL to mock.
    /// </summary>
    public HttpEndpointMock MockHttpEndpoint(string apiEndpoint)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiEndpoint);
        var mock = new HttpEndpointMock(apiEndpoint, this);
        AddSite(mock, HttpInvoke, "ApiEndpoint", null);
        Engine.RegisterTaskHandler(HttpInvoke, (invocation, cancellation) =>
        {
            var request = ServiceRequests.Parse(invocation.Parameters, "States.Http");
            var url = ServiceRequests.String(request, "ApiEndpoint");
            var target = Find<HttpEndpointMock>(HttpInvoke, url, exact: true)
                ?? throw new InvalidOperationException($"No HTTP endpoint mock answers {url} (state '{invocation.StateName}'); mock it with harness.MockHttpEndpoint(\"{url}\").");
            return target.AnswerAsync(request, ContextOf(invocation), cancellation);
        });
        return mock;
    }

    /// <summary>
    /// A Bedrock model (see <see cref="BedrockModelMock"/>) that <c>bedrock:invokeModel</c> calls naming it reach, by its
    /// model ID, ARN or placeholder. A call to a model no mock holds fails the run, naming the model to mock.
    /// </summary>
    public BedrockModelMock MockBedrockModel(string modelId)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        var mock = new BedrockModelMock(modelId, this);
        AddSite(mock, BedrockInvokeModel, "ModelId", null);
        Engine.RegisterTaskHandler(BedrockInvokeModel, (invocation, cancellation) =>
        {
            var request = ServiceRequests.Parse(invocation.Parameters, "Bedrock");
            var model = ServiceRequests.String(request, "ModelId");
            var target = Find<BedrockModelMock>(BedrockInvokeModel, model)
                ?? throw new InvalidOperationException($"No model mock answers {model} (state '{invocation.StateName}'); mock it with harness.MockBedrockModel(\"{model}\").");
            return target.AnswerAsync(request, ContextOf(invocation), cancellation);
        });
        return mock;
    }

    private JobMock<TRequest> MockJob<TRequest>(JobShape shape)
    {
        var mock = new JobMock<TRequest>(shape, this);
        AddSite(mock, shape.Resource, null, null);
        Engine.RegisterTaskHandler(shape.Resource, (invocation, cancellation) => mock.AnswerAsync(invocation.Resource, invocation.Parameters, ContextOf(invocation), cancellation));
        return mock;
    }

    private async ValueTask<AslJson> PutEventsAsync(TaskInvocation invocation, CancellationToken cancellation)
    {
        var request = ServiceRequests.Parse(invocation.Parameters, "EventBridge");
        var context = ContextOf(invocation);
        var results = new JsonArray();
        var accepted = new List<(EventBusMock Bus, EventBridgeEvent Event)>();
        var failed = 0;
        foreach (var entry in (request["Entries"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = ServiceRequests.String(entry, "EventBusName") ?? "default";
            var bus = Find<EventBusMock>(EventsPutEvents, name)
                ?? throw new InvalidOperationException($"No event bus mock takes the entries for '{name}' (state '{invocation.StateName}'); mock it with harness.MockEventBus(\"{name}\").");
            var received = new EventBridgeEvent(this, context, entry, Engine.NewRequestId());
            var result = await bus.PutAsync(received, context, cancellation);
            if (result.ContainsKey("ErrorCode")) failed++;
            else accepted.Add((bus, received));
            results.Add(result);
        }
        var response = new JsonObject { ["Entries"] = results, ["FailedEntryCount"] = failed };
        if (failed > 0) throw new StatesError(Errors.EventBridge.FailedEntry, response.ToJsonString());
        foreach (var (bus, received) in accepted) bus.Deliver(received);
        return Local.Json.JsonText.Parse(response.ToJsonString());
    }

    private static MockContext ContextOf(TaskInvocation invocation) =>
        new(invocation.StateName, invocation.ExecutionArn, invocation.TaskToken, invocation.Engine.Now, invocation.TaskToken is not null, invocation.DelayAsync);

    /// <summary>Keeps one mock per target of a resource: a later mock of the same target replaces the earlier one.</summary>
    private void AddSite(IMock mock, string resource, string? member, string? fill)
    {
        _serviceMocks.RemoveAll(s => s.Resource == resource && s.Mock.Target == mock.Target);
        _serviceMocks.Add(new ServiceMockSite(mock, resource, member, fill));
    }

    /// <summary>
    /// The mock of <paramref name="resource"/> that answers <paramref name="requested"/>: by the last segment of a name, ARN or
    /// URL (a topic, a queue, a bus, a model), or by the whole text when <paramref name="exact"/> (an endpoint URL).
    /// </summary>
    private T? Find<T>(string resource, string? requested, bool exact = false) where T : class, IMock =>
        requested is null ? null : _serviceMocks.LastOrDefault(s => s.Resource == resource && Answers(s, requested, exact))?.Mock as T;

    private bool Answers(ServiceMockSite site, string requested, bool exact)
    {
        var target = Unwrap(site.Mock.Target);
        var names = _substitutions.TryGetValue(target, out var value) ? new[] { target, value } : [target];
        return exact
            ? names.Contains(requested, StringComparer.Ordinal)
            : names.Any(n => ServiceRequests.LastSegment(n) == ServiceRequests.LastSegment(requested));
    }

    /// <summary>The value a service mock gives its own placeholder when the test gives none (a topic ARN, a queue URL, a bus name).</summary>
    private string? ServiceMockFill(string placeholder) =>
        _serviceMocks.LastOrDefault(s => s.Fill is not null && s.Mock.Target.StartsWith("${", StringComparison.Ordinal) && Unwrap(s.Mock.Target) == placeholder)?.Fill;

    /// <summary>With StrictMocks: a service mock must match a Task state of its resource (naming its target, when the state names it literally).</summary>
    private void CheckServiceMocksAreUsed(IReadOnlyList<(string Machine, string State, Model.TaskState Task)> tasks, string machines)
    {
        foreach (var site in _serviceMocks)
        {
            var used = tasks.Any(t => Local.Tasks.TaskResource.Parse(t.Task.Resource).WithoutPattern == site.Resource
                && (site.Member is null || Argument(t.Task, site.Member) is not { } named || Answers(site, named, exact: site.Resource == HttpInvoke)));
            if (!used)
                throw new InvalidOperationException(
                    $"The mock of '{site.Mock.Target}' ({site.Resource}) matches no Task state of {machines}. Fix its name, or turn StrictMocks off.");
        }
    }

    private sealed record ServiceMockSite(IMock Mock, string Resource, string? Member, string? Fill);
}
