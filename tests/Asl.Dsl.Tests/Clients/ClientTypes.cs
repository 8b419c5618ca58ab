using System.Text.Json.Serialization;

namespace Asl.Dsl.Tests.Clients;

public sealed record OrderInput(string OrderId, int Quantity, bool? Express = null);

public sealed record OrderResult(string Status, decimal Total);

public sealed record CallbackOutput(string Message);

/// <summary>A source-generated context that knows the order types (and not <see cref="CallbackOutput"/>).</summary>
[JsonSerializable(typeof(OrderInput))]
[JsonSerializable(typeof(OrderResult))]
internal sealed partial class OrderJsonContext : JsonSerializerContext;

/// <summary>What the generator emits per [StateMachine] class, written by hand.</summary>
public sealed class OrdersClient : Asl.Clients.StateMachineClient<OrderInput, OrderResult>
{
    public OrdersClient(Asl.Api.IStepFunctionsApi api, string stateMachineArn, System.Text.Json.JsonSerializerOptions? options = null)
        : base(api, stateMachineArn, options)
    {
    }
}
