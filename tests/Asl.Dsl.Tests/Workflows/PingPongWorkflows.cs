using static Asl.States;

namespace Asl.Dsl.Tests.Workflows;

/// <summary>Two machines that may start each other: their generated Info must not read each other while initialising.</summary>
[StateMachine]
public partial class PingWorkflow : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(StartExecution<PongWorkflow>("Start pong"));
}

/// <summary>The other half of <see cref="PingWorkflow"/>.</summary>
[StateMachine]
public partial class PongWorkflow : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(StartExecution<PingWorkflow>("Start ping"));
}
