using System;

namespace Asl.Permissions.Integrations;

/// <summary>
/// AWS Step Functions (https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html):
/// <c>states:StartExecution</c> on the child; run to completion (<c>.sync</c>, <c>.sync:2</c>) also
/// <c>states:DescribeExecution</c> and <c>states:StopExecution</c> on the child's executions and the managed rule
/// <c>StepFunctionsGetEventsForStepFunctionsExecutionRule</c>.
/// </summary>
internal static class StepFunctionsRules
{
    private static readonly string[] Start = { "states:StartExecution" };
    private static readonly string[] Track = { "states:DescribeExecution", "states:StopExecution" };

    public static void Optimized(TaskCall call)
    {
        if (call.Api == "startExecution") StartExecution(call, call.RunsJob);
        else call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Step Functions integration Step Functions offers; use states:startExecution");
    }

    /// <summary>Starts a child machine; with <paramref name="waits"/> it also tracks the child's executions.</summary>
    public static void StartExecution(TaskCall call, bool waits)
    {
        var machine = call.Field("StateMachineArn");
        var wildcard = ArnPattern.InStack("states", "stateMachine:*");
        if (call.ArnTarget(machine, wildcard, Start) is not { } child) return;
        call.Grant("StartChildExecutions", Start, child);
        if (!waits) return;
        if (Executions(call, machine) is { } executions) call.Grant("TrackChildExecutions", Track, executions);
        call.ManagedRule("StepFunctionsGetEventsForStepFunctionsExecutionRule", "ReceiveChildCompletion");
    }

    /// <summary>The executions of the machine a field names; null (and an ASL0903 note) when a literal is no state machine ARN.</summary>
    private static ArnPattern? Executions(TaskCall call, FieldValue machine)
    {
        if (!machine.IsText) return call.Target(machine, ArnPattern.Text, ArnPattern.InStack("states", "execution:*"), Track);
        if (Arns.IsWholePlaceholder(machine.Text)) return new ArnPattern(ArnPatternKind.ExecutionsOf, machine.Text);
        var parts = Arns.SplitOutsidePlaceholders(machine.Text);
        if (parts.Length is >= 7 and <= 8 && parts[0] == "arn" && parts[2] == "states" && parts[5] == "stateMachine")
            return ArnPattern.Text(string.Join(":", parts[0], parts[1], parts[2], parts[3], parts[4], "execution", parts[6], "*"));
        call.NotGranted(machine.Pointer,
            $"runs '{machine.Text}' to completion, but that is no state machine ARN (arn:aws:states:REGION:ACCOUNT:stateMachine:NAME), "
            + "so the template cannot grant states:DescribeExecution and states:StopExecution on its executions. Write the full ARN");
        return null;
    }

    /// <summary>SDK calls of Step Functions itself whose resource a field names.</summary>
    public static bool Sdk(TaskCall call, string action, string[] actions)
    {
        switch (action)
        {
            case "startExecution":
                StartExecution(call, waits: false);
                return true;
            case "startSyncExecution":
                if (call.ArnTarget(call.Field("StateMachineArn"), ArnPattern.InStack("states", "stateMachine:*"), actions) is { } machine)
                    call.Grant("StartSyncExecutions", actions, machine);
                return true;
            case "describeExecution":
            case "stopExecution":
            case "getExecutionHistory":
            case "redriveExecution":
                if (call.ArnTarget(call.Field("ExecutionArn"), ArnPattern.InStack("states", "execution:*"), actions) is { } execution)
                    call.Grant("ManageExecutions", actions, execution);
                return true;
            default:
                return false;
        }
    }
}
