using Asl.Model;

namespace Asl.Validation;

/// <summary>
/// The structure rules: top-level fields (B03, B05–B07), the state graph of every container (C01–C05),
/// state names (C06–C08), nesting (C09), Next/End (D02), per-type fields of Pass, Task, Wait, Fail and
/// Parallel (E03, E10, E12–E15, E17, E20, E30 for an empty Choices list, E50–E52, E70, E72, E74, E81) and the AWS limits that literals
/// can break (N02–N05, N07–N09). E01 (any JSON as Result) holds by construction of the model, and N06 is
/// covered by the intrinsic-function checks L05/L06 of <see cref="PathRules"/>.
/// </summary>
internal sealed partial class StructureRules : ValidationPass
{
    public override void Run(ValidationContext context)
    {
        var index = StructureIndex.Build(context);

        CheckTopLevel(context);
        foreach (var graph in index.Graphs)
        {
            CheckGraph(context, index, graph);
            var execution = ExecutionKind.Of(context, graph.Site);
            foreach (var site in graph.States)
            {
                context.Charge(1);
                CheckState(context, index, site, execution);
            }
        }
        CheckUniqueNames(context, index);
        CheckNestingDepth(context);
    }

    private static void CheckState(ValidationContext context, StructureIndex index, StateSite site, ExecutionKind execution)
    {
        CheckName(context, site);
        if (site.State is FlowState flow) CheckNextOrEnd(context, site, flow);
        switch (site.State)
        {
            case PassState pass:
                CheckPassResult(context, site, pass);
                break;
            case TaskState task:
                CheckTask(context, site, task, execution);
                break;
            case WaitState wait:
                CheckWait(context, site, wait, execution);
                break;
            case FailState fail:
                CheckFail(context, site, fail);
                break;
            case ParallelState parallel:
                CheckBranches(context, site, parallel);
                break;
            case ChoiceState choice:
                CheckChoices(context, site, choice);
                break;
            case MapState map:
                CheckMapLimits(context, index, site, map, execution);
                break;
        }
        CheckLiteralLimits(context, site);
    }
}
