using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// K10: every catcher names where to go. Whether that state exists is C01 (StructureRules); the
// catcher's ResultPath grammar is K15 = F02/F03 (PathRules).
internal sealed partial class MapAndErrorRules
{
    private static void CheckCatchers(ValidationContext context, StateSite site, WorkState work)
    {
        var catchers = work.Catch;
        for (var i = 0; i < catchers.Count; i++)
        {
            if (catchers[i] is { } catcher && string.IsNullOrEmpty(catcher.Next))
                context.Report(AslRules.CatcherWithoutNext, site.FieldPointer("Catch").Item(i), EntryName("Catch", i), site.Name);
        }
        CheckErrorEquals(context, site, work, "Catch", CatchEntries(work));
    }

    /// <summary>The ErrorEquals of each catcher, in order; null for an entry that is itself null.</summary>
    private static EquatableArray<string>?[] CatchEntries(WorkState work)
    {
        var entries = new EquatableArray<string>?[work.Catch.Count];
        for (var i = 0; i < entries.Length; i++) entries[i] = work.Catch[i]?.ErrorEquals;
        return entries;
    }
}
