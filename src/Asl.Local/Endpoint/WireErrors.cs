namespace Asl.Local.Endpoint;

/// <summary>
/// Errors raised by the HTTP layer itself, and the wire spelling of every error. AWS prefixes the error code
/// with the namespace of the layer that raised it (<c>com.amazonaws.swf.service.v2.model#</c> for the service,
/// <c>com.amazon.coral.validate#</c> for model constraints, <c>com.amazon.coral.service#</c> for the protocol);
/// clients keep what follows the last <c>#</c>.
/// </summary>
internal static class WireErrors
{
    public const string SerializationException = "SerializationException";
    public const string UnknownOperationException = "UnknownOperationException";
    public const string InternalFailure = "InternalFailure";

    public static StepFunctionsException Serialization(string message) => new(SerializationException, message);

    public static StepFunctionsException UnknownOperation(string message) => new(UnknownOperationException, message);

    /// <summary>The <c>__type</c> value for an error code.</summary>
    public static string WireType(string errorCode) => errorCode switch
    {
        "ValidationException" => "com.amazon.coral.validate#ValidationException",
        SerializationException or UnknownOperationException or InternalFailure => "com.amazon.coral.service#" + errorCode,
        _ => "com.amazonaws.swf.service.v2.model#" + errorCode,
    };

    /// <summary>Server faults are 500 (clients retry them); everything the caller can fix is 400.</summary>
    public static int HttpStatus(string errorCode) => errorCode == InternalFailure ? 500 : 400;
}
