using Asl.Local;
using Asl.Local.Tasks;

namespace Asl.Testing;

public sealed partial class WorkflowHarness
{
    /// <summary>
    /// Mocks a Lambda function, by its name (<c>ChargeCard</c>), its ARN, or the placeholder that names it in a definition
    /// (<c>${ChargeCard}</c>): calls through <c>lambda:invoke</c> (its <c>Payload</c>) or a function ARN as Resource reach
    /// the mock. It replaces a <c>[LambdaFunction]</c> method of the same name. Set up its answer on the returned mock.
    /// </summary>
    /// <typeparam name="TRequest">The payload the function receives.</typeparam>
    /// <typeparam name="TResponse">The function's result (the <c>Payload</c> of the lambda:invoke result).</typeparam>
    public TaskMock<TRequest, TResponse> MockLambda<TRequest, TResponse>(string functionName)
    {
        ArgumentException.ThrowIfNullOrEmpty(functionName);
        var function = LambdaFunctionName.Parse(Unwrap(functionName))
            ?? throw new ArgumentException($"'{functionName}' is not a Lambda function name or ARN; use a name such as ChargeCard, its placeholder ${{ChargeCard}}, or an ARN.", nameof(functionName));
        var mock = new TaskMock<TRequest, TResponse>(function.Name, isLambda: true, JsonOfCall);
        _lambdaMocks[function.Name] = mock;
        Engine.RegisterLambda(function.Name, (invocation, cancellation) => mock.AnswerAsync(invocation.Payload,
            new MockContext(invocation.StateName, invocation.ExecutionArn, invocation.TaskToken, Engine.Now, invocation.TaskToken is not null, invocation.DelayAsync),
            cancellation));
        return mock;
    }

    /// <summary>Mocks a Lambda function that answers with what <paramref name="answer"/> returns (see <see cref="MockLambda{TRequest, TResponse}(string)"/>).</summary>
    public TaskMock<TRequest, TResponse> MockLambda<TRequest, TResponse>(string functionName, Func<TRequest, TResponse> answer)
        => MockLambda<TRequest, TResponse>(functionName).Returns(answer);

    /// <summary>Mocks a Lambda function that answers with what <paramref name="answer"/> completes with.</summary>
    public TaskMock<TRequest, TResponse> MockLambda<TRequest, TResponse>(string functionName, Func<TRequest, Task<TResponse>> answer)
        => MockLambda<TRequest, TResponse>(functionName).Returns(answer);

    /// <summary>
    /// Mocks a task resource: a service integration (<c>arn:aws:states:::dynamodb:putItem</c>), an SDK integration
    /// (<c>arn:aws:states:::aws-sdk:s3:getObject</c>), an activity ARN, or a placeholder that a definition uses as its
    /// Resource (<c>${ApprovalActivity}</c>, filled with an activity ARN). Without an integration suffix it serves every
    /// pattern (<c>.sync</c>, <c>.waitForTaskToken</c>); the request is the state's parameters and the answer its result.
    /// </summary>
    /// <typeparam name="TRequest">The task's parameters.</typeparam>
    /// <typeparam name="TResponse">The task's result.</typeparam>
    public TaskMock<TRequest, TResponse> MockTask<TRequest, TResponse>(string resource)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        var arn = resource.StartsWith("arn:", StringComparison.Ordinal) ? resource : ActivityArn(Unwrap(resource));
        var mock = new TaskMock<TRequest, TResponse>(resource.StartsWith("arn:", StringComparison.Ordinal) ? resource : Unwrap(resource), isLambda: false, JsonOfCall);
        _taskMocks[arn] = mock;
        Engine.RegisterTaskHandler(arn, (invocation, cancellation) => mock.AnswerAsync(invocation.Parameters,
            new MockContext(invocation.StateName, invocation.ExecutionArn, invocation.TaskToken, Engine.Now, invocation.TaskToken is not null, invocation.DelayAsync),
            cancellation));
        return mock;
    }

    /// <summary>Mocks a task resource that answers with what <paramref name="answer"/> returns (see <see cref="MockTask{TRequest, TResponse}(string)"/>).</summary>
    public TaskMock<TRequest, TResponse> MockTask<TRequest, TResponse>(string resource, Func<TRequest, TResponse> answer)
        => MockTask<TRequest, TResponse>(resource).Returns(answer);

    /// <summary>Mocks a task resource that answers with what <paramref name="answer"/> completes with.</summary>
    public TaskMock<TRequest, TResponse> MockTask<TRequest, TResponse>(string resource, Func<TRequest, Task<TResponse>> answer)
        => MockTask<TRequest, TResponse>(resource).Returns(answer);

    private string ActivityArn(string name) => $"arn:aws:states:{Engine.Options.Region}:{Engine.Options.AccountId}:activity:{name}";

    private string FunctionArn(string name) => $"arn:aws:lambda:{Engine.Options.Region}:{Engine.Options.AccountId}:function:{name}";

    private string MachineArn(string name) => $"arn:aws:states:{Engine.Options.Region}:{Engine.Options.AccountId}:stateMachine:{name}";
}
