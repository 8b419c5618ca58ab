using System.Collections.Generic;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>
/// The fields every Task state has; service integrations build on it. An integration describes its API request
/// once, in <see cref="WriteRequest"/>; the state writes that request to <c>Parameters</c> (JSONPath) or
/// <c>Arguments</c> (JSONata) as its query language requires.
/// </summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class TaskBuilder<TSelf> : WorkStateBuilder<TSelf> where TSelf : TaskBuilder<TSelf>
{
    private readonly Dictionary<string, object> _requestOrigins = new();
    private Template? _request;
    private Template? _arguments;
    private AslJson? _timeoutSeconds;
    private string? _timeoutSecondsText;
    private string? _timeoutSecondsPath;
    private AslJson? _heartbeatSeconds;
    private string? _heartbeatSecondsText;
    private string? _heartbeatSecondsPath;
    private string? _credentials;

    /// <summary>Creates the builder.</summary>
    protected TaskBuilder(string name) : base(name) { }

    /// <summary>
    /// The request given to the resource, in either query language: written to <c>Parameters</c> in a JSONPath state and
    /// to <c>Arguments</c> in a JSONata state, dynamic values (<see cref="Input"/>, <see cref="Context"/>, ...) in the form
    /// each evaluates. Typed integrations add their own members before these.
    /// </summary>
    public TSelf Request(object request)
    {
        _request = Template.Capture(request);
        RecordRequest("", nameof(request));
        return Self;
    }

    /// <summary>JSONata: the arguments given to the resource (see <see cref="Request"/> for either language).</summary>
    public TSelf Arguments(object arguments)
    {
        _arguments = Template.Capture(arguments);
        Record("Arguments");
        return Self;
    }

    /// <summary>Fails the task with States.Timeout after this many seconds.</summary>
    public TSelf TimeoutSeconds(int seconds)
    {
        _timeoutSecondsText = null;
        return Set(ref _timeoutSeconds, AslJson.Of(seconds), "TimeoutSeconds");
    }

    /// <summary>
    /// The timeout from a run-time value: a dynamic value such as <c>Input.At("$.timeout")</c> (TimeoutSecondsPath in
    /// JSONPath, a JSONata expression in JSONata), or a JSONata expression (<c>{% ... %}</c>).
    /// </summary>
    public TSelf TimeoutSeconds(string expression)
    {
        _timeoutSeconds = null;
        return Set(ref _timeoutSecondsText, expression, "TimeoutSeconds");
    }

    /// <summary>JSONPath: the timeout from a reference path.</summary>
    public TSelf TimeoutSecondsPath(string path) => Set(ref _timeoutSecondsPath, FixedText.Path(path, ".TimeoutSecondsPath(...)"), "TimeoutSecondsPath");

    /// <summary>Fails the task with States.HeartbeatTimeout when no heartbeat arrives for this many seconds.</summary>
    public TSelf HeartbeatSeconds(int seconds)
    {
        _heartbeatSecondsText = null;
        return Set(ref _heartbeatSeconds, AslJson.Of(seconds), "HeartbeatSeconds");
    }

    /// <summary>The heartbeat interval from a run-time value (see <see cref="TimeoutSeconds(string)"/>).</summary>
    public TSelf HeartbeatSeconds(string expression)
    {
        _heartbeatSeconds = null;
        return Set(ref _heartbeatSecondsText, expression, "HeartbeatSeconds");
    }

    /// <summary>JSONPath: the heartbeat interval from a reference path.</summary>
    public TSelf HeartbeatSecondsPath(string path) => Set(ref _heartbeatSecondsPath, FixedText.Path(path, ".HeartbeatSecondsPath(...)"), "HeartbeatSecondsPath");

    /// <summary>Runs the task with the credentials of another role (an ARN, or a dynamic value such as <c>Input.At("$.role")</c>).</summary>
    public TSelf Credentials(string roleArn) => Set(ref _credentials, roleArn, "Credentials");

    private TSelf Set<T>(ref T field, T value, string name)
    {
        field = value;
        Record(name);
        return Self;
    }

    /// <summary>The resource ARN the task calls.</summary>
    protected abstract string Resource { get; }

    /// <summary>A short name of the integration for messages, for example <c>LambdaInvoke</c>.</summary>
    protected virtual string IntegrationName => GetType().Name.Replace("Builder", "");

    /// <summary>
    /// Adds the integration's own request members (for example FunctionName and Payload of a Lambda invocation). The
    /// state writes them, then the members given to <see cref="Request"/>, to the field its query language uses.
    /// </summary>
    protected virtual void WriteRequest(IntegrationRequest request)
    {
    }

    /// <summary>
    /// Records where a request member was set, for locating findings; call it in the builder method that sets the member.
    /// <paramref name="parameter"/> names the method parameter whose argument holds the value (null: the whole call).
    /// </summary>
    protected void RecordRequest(string member, string? parameter = null)
    {
        if (BuilderOrigin.For(parameter) is { } origin) _requestOrigins[member] = origin;
    }

    internal override State Build(BuildScope scope, string pointer)
    {
        var jsonAta = scope.IsJsonAta(this);
        var request = new IntegrationRequest(_requestOrigins, IntegrationName + "(...)");
        WriteRequest(request);
        _requestOrigins.TryGetValue("", out var requestCall);
        if (_request is not null) request.AddMembers(_request, requestCall, ".Request(...)");

        AslJson? parameters, arguments;
        if (request.IsEmpty)
        {
            parameters = Render(ParametersTemplate, scope, pointer, "Parameters", jsonAta: false);
            arguments = Render(_arguments, scope, pointer, "Arguments", jsonAta: true);
        }
        else if (jsonAta)
        {
            // Extras given to the other language's method stay in its field, where the validator reports them.
            if (_arguments is not null) request.AddMembers(_arguments, OriginOf("Arguments"), ".Arguments(...)");
            arguments = scope.Render(request.ToTemplate(), jsonAta: true, pointer + "/Arguments", requestCall ?? OriginOf(""));
            parameters = Render(ParametersTemplate, scope, pointer, "Parameters", jsonAta: false);
        }
        else
        {
            if (ParametersTemplate is not null) request.AddMembers(ParametersTemplate, OriginOf("Parameters"), ".Parameters(...)");
            parameters = scope.Render(request.ToTemplate(), jsonAta: false, pointer + "/Parameters", requestCall ?? OriginOf(""));
            arguments = Render(_arguments, scope, pointer, "Arguments", jsonAta: true);
        }

        var timeout = DynamicField.Resolve(_timeoutSecondsText, jsonAta, allowIntrinsic: false, ".TimeoutSeconds(...)", OriginOf("TimeoutSeconds"));
        var heartbeat = DynamicField.Resolve(_heartbeatSecondsText, jsonAta, allowIntrinsic: false, ".HeartbeatSeconds(...)", OriginOf("HeartbeatSeconds"));
        if (timeout.Path is not null) scope.MoveOrigin(pointer, "TimeoutSeconds", "TimeoutSecondsPath");
        if (heartbeat.Path is not null) scope.MoveOrigin(pointer, "HeartbeatSeconds", "HeartbeatSecondsPath");
        var credentials = _credentials is null ? null
            : scope.Render(Template.Capture(new Dictionary<string, object> { ["RoleArn"] = _credentials }), jsonAta, pointer + "/Credentials", OriginOf("Credentials"));

        return Work(new TaskState(Resource), scope, pointer, parameters: false) with
        {
            Parameters = parameters,
            Arguments = arguments,
            TimeoutSeconds = _timeoutSeconds ?? timeout.Value,
            TimeoutSecondsPath = _timeoutSecondsPath ?? timeout.Path,
            HeartbeatSeconds = _heartbeatSeconds ?? heartbeat.Value,
            HeartbeatSecondsPath = _heartbeatSecondsPath ?? heartbeat.Path,
            Credentials = credentials,
        };
    }
}

/// <summary>Builds a Task state for any resource ARN (service integration, activity, Lambda function, <c>${Placeholder}</c>).</summary>
public sealed class TaskBuilder : TaskBuilder<TaskBuilder>
{
    private readonly string _resource;

    internal TaskBuilder(string name, string resource) : base(name) => _resource = FixedText.Check(resource, "A Task's resource ARN");

    /// <inheritdoc />
    protected override string Resource => _resource;

    /// <inheritdoc />
    protected override string IntegrationName => "Task";
}
