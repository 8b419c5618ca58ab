using System.Text.Json;
using Asl;
using Asl.Api;
using NestedWorkflowSample.Workflows;

namespace NestedWorkflowSample.Functions;

/// <summary>The event the nested machine's Callback task sends to the function.</summary>
/// <param name="TaskToken">The parent task's token.</param>
/// <param name="Message">The message to send back as the parent task's output.</param>
public sealed record CallbackEvent(string TaskToken, string Message);

/// <summary>
/// The sample's Lambda function: it completes the parent's <c>.waitForTaskToken</c> task by calling
/// SendTaskSuccess with the token it was given, and the message as the task's output (a JSON string).
/// </summary>
/// <remarks>
/// Locally the engine calls <see cref="HandleAsync(CallbackEvent, CancellationToken)"/> with the engine's API. On AWS,
/// the build's template declares the function with <see cref="HandleEventAsync"/> as its handler on the managed
/// .NET runtime, which builds the function with its parameterless constructor: SendTaskSuccess then goes to AWS
/// Step Functions, signed with the function's role and region.
/// </remarks>
public sealed class CallbackFunction(IStepFunctionsApi stepFunctions)
{
    /// <summary>The function as Lambda creates it: Step Functions in the function's region, with its role's credentials.</summary>
    public CallbackFunction() : this(new StepFunctionsHttpClient())
    {
    }

    /// <summary>Handles one invocation.</summary>
    public async Task HandleAsync(CallbackEvent callback, CancellationToken cancellationToken = default)
    {
        await stepFunctions.SendTaskSuccessAsync(
            new SendTaskSuccessRequest { TaskToken = callback.TaskToken, Output = JsonSerializer.Serialize(callback.Message) }, cancellationToken);
    }

    /// <summary>
    /// The Lambda entry point: the event as JSON bytes, which the runtime passes without a serializer; no result
    /// (the Callback task's output is unused). The runtime allows only the event and Lambda's own context as
    /// parameters, so there is no cancellation token. The local engine calls the function through it too.
    /// </summary>
    [LambdaFunction(NestedWorkflow.CallbackFunction, TimeoutSeconds = 25, MemorySize = 512, Actions = ["states:SendTaskSuccess"])]
    public async Task HandleEventAsync(Stream input)
    {
        var callback = await JsonSerializer.DeserializeAsync<CallbackEvent>(input)
            ?? throw new ArgumentException("The event is JSON null; expected {\"TaskToken\": ..., \"Message\": ...}.", nameof(input));
        await HandleAsync(callback);
    }
}
