using System.Collections.Generic;
using Asl.Collections;
using Asl.Json;

namespace Asl;

/// <summary>Builds a Task that invokes a Lambda function (<c>arn:aws:states:::lambda:invoke</c>).</summary>
public sealed class LambdaInvokeBuilder : TaskBuilder<LambdaInvokeBuilder>
{
    private readonly string _functionName;
    private bool _waitForTaskToken;
    private AslJson? _payload;

    internal LambdaInvokeBuilder(string name, string functionName) : base(name) => _functionName = functionName;

    /// <summary>The event given to the function; without it the whole state input is passed (<c>"Payload.$": "$"</c>).</summary>
    public LambdaInvokeBuilder Payload(object payload)
    {
        _payload = Asl.Payload.From(payload);
        Record("Parameters/Payload");
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
    protected override AslJson? IntegrationParameters
    {
        get
        {
            var members = new List<AslJsonProperty> { new("FunctionName", AslJson.Of(_functionName)) };
            members.Add(_payload is null
                ? new AslJsonProperty("Payload.$", AslJson.Of("$"))
                : new AslJsonProperty("Payload", _payload));
            if (ParametersValue is AslJsonObject extra) members.AddRange(extra.Properties);
            return new AslJsonObject(members.ToEquatableArray());
        }
    }
}
