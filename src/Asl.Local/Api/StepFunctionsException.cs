namespace Asl.Local;

/// <summary>
/// An error of the Step Functions API, as AWS names it (<see cref="ErrorCode"/> is the wire <c>__type</c>, for
/// example <c>ExecutionAlreadyExists</c>). Each AWS error has its own subclass so callers can catch one kind.
/// </summary>
public class StepFunctionsException : Exception
{
    /// <summary>Creates an error with its AWS code and message.</summary>
    /// <remarks>Messages quote what the caller sent or the engine computed; half a surrogate pair in them becomes U+FFFD, so they can always be sent.</remarks>
    public StepFunctionsException(string errorCode, string message) : base(Asl.Json.UnicodeText.ReplaceLoneSurrogates(message)) => ErrorCode = errorCode;

    /// <summary>The AWS error code.</summary>
    public string ErrorCode { get; }
}

/// <summary>ExecutionAlreadyExists: the name is taken by an execution of this state machine (different input, or it has finished).</summary>
public sealed class ExecutionAlreadyExistsException(string message) : StepFunctionsException("ExecutionAlreadyExists", message);

/// <summary>ExecutionDoesNotExist: no execution has this ARN.</summary>
public sealed class ExecutionDoesNotExistException(string message) : StepFunctionsException("ExecutionDoesNotExist", message);

/// <summary>StateMachineDoesNotExist: no state machine has this ARN.</summary>
public sealed class StateMachineDoesNotExistException(string message) : StepFunctionsException("StateMachineDoesNotExist", message);

/// <summary>StateMachineAlreadyExists: the name is taken by a state machine with a different definition.</summary>
public sealed class StateMachineAlreadyExistsException(string message) : StepFunctionsException("StateMachineAlreadyExists", message);

/// <summary>InvalidArn: the text is not an ARN of the expected kind.</summary>
public sealed class InvalidArnException(string message) : StepFunctionsException("InvalidArn", message);

/// <summary>InvalidName: the execution or state machine name breaks AWS's naming rules.</summary>
public sealed class InvalidNameException(string message) : StepFunctionsException("InvalidName", message);

/// <summary>InvalidExecutionInput: the input is not valid JSON.</summary>
public sealed class InvalidExecutionInputException(string message) : StepFunctionsException("InvalidExecutionInput", message);

/// <summary>InvalidDefinition: the definition cannot be read.</summary>
public sealed class InvalidDefinitionException(string message) : StepFunctionsException("InvalidDefinition", message);

/// <summary>InvalidToken: the task token is not one the engine issued.</summary>
public sealed class InvalidTokenException(string message) : StepFunctionsException("InvalidToken", message);

/// <summary>TaskDoesNotExist: the task of this token does not exist (any more).</summary>
public sealed class TaskDoesNotExistException(string message) : StepFunctionsException("TaskDoesNotExist", message);

/// <summary>TaskTimedOut: the task of this token timed out or was already closed (completed, failed, or its execution ended).</summary>
public sealed class TaskTimedOutException(string message) : StepFunctionsException("TaskTimedOut", message);

/// <summary>InvalidOutput: the output sent with SendTaskSuccess is not valid JSON.</summary>
public sealed class InvalidOutputException(string message) : StepFunctionsException("InvalidOutput", message);

/// <summary>ValidationException: a parameter breaks a constraint (length, range, allowed values).</summary>
public sealed class ValidationException(string message) : StepFunctionsException("ValidationException", message);
