using System.Text.Json;
using Asl;

namespace Orders.Workflows;

/// <summary>
/// The BookCourier Lambda function. The build's template deploys this method as the function; the test harness calls it
/// locally. Lambda's .NET runtime passes the event as a stream when no serializer is configured.
/// </summary>
public static class CourierFunction
{
    [LambdaFunction("BookCourier", TimeoutSeconds = 10)]
    public static async Task<Stream> BookAsync(Stream input)
    {
        var request = await JsonSerializer.DeserializeAsync<ShipmentRequest>(input)
            ?? throw new ArgumentException("The event is JSON null; expected {\"OrderId\": ...}.", nameof(input));
        return new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new ShipmentResult("TRK-" + request.OrderId)));
    }
}
