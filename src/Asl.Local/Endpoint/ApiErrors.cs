namespace Asl.Local;

/// <summary>StateMachineTypeNotSupported: the operation does not apply to this type of state machine (STANDARD or EXPRESS).</summary>
public sealed class StateMachineTypeNotSupportedException(string message) : StepFunctionsException("StateMachineTypeNotSupported", message);

/// <summary>MissingRequiredParameter: the request names nothing to do (for example an UpdateStateMachine that changes nothing).</summary>
public sealed class MissingRequiredParameterException(string message) : StepFunctionsException("MissingRequiredParameter", message);

/// <summary>ResourceNotFound: the request names a resource (such as a Map Run) that does not exist.</summary>
public sealed class ResourceNotFoundException(string message) : StepFunctionsException("ResourceNotFound", message);
