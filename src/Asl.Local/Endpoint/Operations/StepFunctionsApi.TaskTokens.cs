namespace Asl.Local.Endpoint.Operations;

// SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat.
internal sealed partial class StepFunctionsApi
{
    private byte[] SendTaskSuccess(ApiRequest request)
    {
        var token = request.String("taskToken", 2048, required: true);
        var output = request.Payload("output", MaxPayloadBytes, required: true);
        request.ThrowIfInvalid();

        Engine.SendTaskSuccess(token!, output!);
        return ResponseJson.Empty();
    }

    private byte[] SendTaskFailure(ApiRequest request)
    {
        var token = request.String("taskToken", 2048, required: true);
        var error = request.String("error", 256, minLength: 0, sensitive: true);
        var cause = request.String("cause", 32768, minLength: 0, sensitive: true);
        request.ThrowIfInvalid();

        Engine.SendTaskFailure(token!, error, cause);
        return ResponseJson.Empty();
    }

    private byte[] SendTaskHeartbeat(ApiRequest request)
    {
        var token = request.String("taskToken", 2048, required: true);
        request.ThrowIfInvalid();

        Engine.SendTaskHeartbeat(token!);
        return ResponseJson.Empty();
    }
}
