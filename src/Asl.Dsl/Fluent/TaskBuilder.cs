using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>The fields every Task state has; service integrations build on it.</summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class TaskBuilder<TSelf> : WorkStateBuilder<TSelf> where TSelf : TaskBuilder<TSelf>
{
    private AslJson? _arguments;
    private AslJson? _timeoutSeconds;
    private string? _timeoutSecondsPath;
    private AslJson? _heartbeatSeconds;
    private string? _heartbeatSecondsPath;
    private AslJson? _credentials;

    /// <summary>Creates the builder.</summary>
    protected TaskBuilder(string name) : base(name) { }

    /// <summary>JSONata: the arguments given to the resource.</summary>
    public TSelf Arguments(object arguments) => Set(ref _arguments, Payload.From(arguments), "Arguments");

    /// <summary>Fails the task with States.Timeout after this many seconds.</summary>
    public TSelf TimeoutSeconds(int seconds) => Set(ref _timeoutSeconds, AslJson.Of(seconds), "TimeoutSeconds");

    /// <summary>JSONata: the timeout from an expression (<c>{% ... %}</c>).</summary>
    public TSelf TimeoutSeconds(string jsonAtaExpression) => Set(ref _timeoutSeconds, AslJson.Of(jsonAtaExpression), "TimeoutSeconds");

    /// <summary>JSONPath: the timeout from a reference path.</summary>
    public TSelf TimeoutSecondsPath(string path) => Set(ref _timeoutSecondsPath, path, "TimeoutSecondsPath");

    /// <summary>Fails the task with States.HeartbeatTimeout when no heartbeat arrives for this many seconds.</summary>
    public TSelf HeartbeatSeconds(int seconds) => Set(ref _heartbeatSeconds, AslJson.Of(seconds), "HeartbeatSeconds");

    /// <summary>JSONata: the heartbeat interval from an expression (<c>{% ... %}</c>).</summary>
    public TSelf HeartbeatSeconds(string jsonAtaExpression) => Set(ref _heartbeatSeconds, AslJson.Of(jsonAtaExpression), "HeartbeatSeconds");

    /// <summary>JSONPath: the heartbeat interval from a reference path.</summary>
    public TSelf HeartbeatSecondsPath(string path) => Set(ref _heartbeatSecondsPath, path, "HeartbeatSecondsPath");

    /// <summary>Runs the task with the credentials of another role (an ARN, or a dynamic value such as <c>Input.At("$.role")</c>).</summary>
    public TSelf Credentials(string roleArn) => Set(ref _credentials, Payload.From(new { RoleArn = roleArn }), "Credentials");

    private TSelf Set<T>(ref T field, T value, string name)
    {
        field = value;
        Record(name);
        return Self;
    }

    /// <summary>The resource ARN the task calls.</summary>
    protected abstract string Resource { get; }

    /// <summary>The Parameters the integration needs; by default what the user gave.</summary>
    protected virtual AslJson? IntegrationParameters => ParametersValue;

    internal override State Build(BuildScope scope, string pointer) => Work(new TaskState(Resource), scope) with
    {
        Parameters = IntegrationParameters,
        Arguments = _arguments,
        TimeoutSeconds = _timeoutSeconds,
        TimeoutSecondsPath = _timeoutSecondsPath,
        HeartbeatSeconds = _heartbeatSeconds,
        HeartbeatSecondsPath = _heartbeatSecondsPath,
        Credentials = _credentials,
    };
}

/// <summary>Builds a Task state for any resource ARN (service integration, activity, Lambda function, <c>${Placeholder}</c>).</summary>
public sealed class TaskBuilder : TaskBuilder<TaskBuilder>
{
    private readonly string _resource;

    internal TaskBuilder(string name, string resource) : base(name) => _resource = resource;

    /// <inheritdoc />
    protected override string Resource => _resource;
}
