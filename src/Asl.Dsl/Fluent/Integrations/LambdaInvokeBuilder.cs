namespace Asl;

/// <summary>
/// Builds a Task that invokes a Lambda function (<c>arn:aws:states:::lambda:invoke</c>). Its request (FunctionName,
/// Payload) goes to Parameters in a JSONPath state and to Arguments in a JSONata state.
/// </summary>
public sealed class LambdaInvokeBuilder : TaskBuilder<LambdaInvokeBuilder>
{
    private readonly string _functionName;
    private bool _waitForTaskToken;
    private Template? _payload;

    internal LambdaInvokeBuilder(string name, string functionName) : base(name)
    {
        _functionName = functionName;
        RecordRequest("FunctionName", nameof(functionName));
    }

    /// <summary>The event given to the function; without it the whole state input is passed.</summary>
    public LambdaInvokeBuilder Payload(object payload)
    {
        _payload = Template.Capture(payload);
        RecordRequest("Payload", nameof(payload));
        return this;
    }

    /// <summary>Waits until the function (or anyone with the token) calls SendTaskSuccess / SendTaskFailure.</summary>
    public LambdaInvokeBuilder WaitForTaskToken()
    {
        _waitForTaskToken = true;
        Record("Resource");
        return this;
    }

    /// <inheritdoc />
    protected override string Resource => "arn:aws:states:::lambda:invoke" + (_waitForTaskToken ? ".waitForTaskToken" : "");

    /// <inheritdoc />
    protected override string IntegrationName => "LambdaInvoke";

    /// <inheritdoc />
    protected override void WriteRequest(IntegrationRequest request) => request
        .Add("FunctionName", _functionName)
        .Add("Payload", _payload ?? Template.Capture(Input.Whole));
}
