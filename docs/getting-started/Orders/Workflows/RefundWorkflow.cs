using Asl;

namespace Orders.Workflows;

/// <summary>
/// A machine kept as Amazon States Language (flows/refund.asl.json, for example exported from the console): the
/// generator validates the file, reports findings at their line in it, and gives this class the same members, typed
/// client and build artifacts as a workflow written in C#.
/// </summary>
[StateMachine(Name = "Refunds", DefinitionFile = "flows/refund.asl.json")]
public partial class RefundWorkflow : IStateMachine<RefundRequest, RefundResult>
{
}
