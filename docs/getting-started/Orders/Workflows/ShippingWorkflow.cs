using Asl;
using static Asl.States;

namespace Orders.Workflows;

/// <summary>Books a courier with the project's own Lambda function (<see cref="CourierFunction"/>).</summary>
[StateMachine(Name = "Shipping")]
public partial class ShippingWorkflow : IStateMachine<ShipmentRequest, ShipmentResult>
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Book courier", "${BookCourier}").OutputPath("$.Payload"));
}
