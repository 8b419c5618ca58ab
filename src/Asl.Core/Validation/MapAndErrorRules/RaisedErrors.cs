using Asl.Collections;
using Asl.Model;

namespace Asl.Validation;

// K14: which states can raise the errors that only a distributed Map produces. A distributed Map
// raises them itself; an inline Map or a Parallel passes on the errors of the states inside it, so it
// can raise them when it contains such a Map at any depth. Inner catchers are ignored on purpose: a
// handler is reported only when the error is certainly impossible.
internal sealed partial class MapAndErrorRules
{
    /// <summary>Why only some states raise <paramref name="name"/>, or null when it is not a distributed-Map error.</summary>
    private static string? DistributedMapErrorSource(string name) => name switch
    {
        ErrorNames.ExceedToleratedFailureThreshold => "only a distributed Map raises it",
        ErrorNames.ItemReaderFailed => "only a distributed Map with an ItemReader raises it",
        ErrorNames.ResultWriterFailed => "only a distributed Map with a ResultWriter raises it",
        _ => null,
    };

    private static bool CanRaise(State? state, string name) => state switch
    {
        MapState map when !IsSurelyInline(map) => name switch
        {
            ErrorNames.ItemReaderFailed => map.ItemReader is not null,
            ErrorNames.ResultWriterFailed => map.ResultWriter is not null,
            _ => true,
        },
        MapState map => AnyCanRaise(map.ItemProcessor?.States, name) || AnyCanRaise(map.Iterator?.States, name),
        ParallelState parallel => AnyBranchCanRaise(parallel.Branches, name),
        _ => false,
    };

    private static bool AnyBranchCanRaise(EquatableArray<Branch> branches, string name)
    {
        foreach (var branch in branches)
            if (AnyCanRaise(branch?.States, name)) return true;
        return false;
    }

    private static bool AnyCanRaise(EquatableArray<NamedState>? states, string name)
    {
        if (states is not { } list) return false;
        foreach (var named in list)
            if (CanRaise(named?.State, name)) return true;
        return false;
    }
}
