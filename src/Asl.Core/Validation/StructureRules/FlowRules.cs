using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// D02: how Pass, Task, Wait, Parallel and Map states continue.
internal sealed partial class StructureRules
{
    /// <summary>
    /// D02: exactly one of Next and End: true. The model keeps End only when true, so an explicit
    /// "End": false next to "Next" (legal by the spec) is not reported.
    /// </summary>
    private static void CheckNextOrEnd(ValidationContext context, StateSite site, FlowState flow)
    {
        if (flow.Next is null && !flow.End)
            context.Report(AslRules.NextOrEndRequired, site.Pointer, flow.Type, site.Name,
                "has neither \"Next\" nor \"End\": true", "add one of them");
        else if (flow.Next is { } next && flow.End)
            context.Report(AslRules.NextOrEndRequired, site.FieldPointer("End"), flow.Type, site.Name,
                "has both \"Next\" and \"End\": true", $"remove \"End\" to continue with \"{next}\", or remove \"Next\" to end here");
    }
}
