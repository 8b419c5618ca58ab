using System.Text.Json;
using Asl.Api;

namespace NestedWorkflowSample.Functions;

/// <summary>The event the nested machine's Callback task sends to the function.</summary>
/// <param name="TaskToken">The parent task's token.</param>
/// <param name="Message">The message to send back as the parent task's output.</param>
public sealed record CallbackEvent(string TaskToken, string Message);

/// <summary>
/// The sample's Lambda function: it completes the parent's <c>.waitForTaskToken</c> task by calling
/// SendTaskSuccess with the token it was given, and the message as the task's output (a JSON string).
/// </summary>
public sealed class CallbackFunction(IStepFunctionsApi stepFunctions)
{
    /// <summary>Handles one invocation.</summary>
    public async Task HandleAsync(CallbackEvent callback, CancellationToken cancellationToken = default)
    {
        await stepFunctions.SendTaskSuccessAsync(
            new SendTaskSuccessRequest { TaskToken = callback.TaskToken, Output = JsonSerializer.Serialize(callback.Message) }, cancellationToken);
    }
}
