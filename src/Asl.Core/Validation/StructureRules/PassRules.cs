using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// E03: a Pass state's Result is copied, never evaluated.
internal sealed partial class StructureRules
{
    /// <summary>E03: keys ending in ".$", paths and intrinsic calls inside Result look dynamic but are not.</summary>
    private static void CheckPassResult(ValidationContext context, StateSite site, PassState pass)
    {
        if (pass.Result is { } result) FindDynamicLooking(context, site, result, LazyPointer.Child(LazyPointer.To(site), "Result"));
    }

    private static void FindDynamicLooking(ValidationContext context, StateSite site, AslJson value, LazyPointer pointer)
    {
        switch (value)
        {
            case AslJsonObject obj:
                foreach (var property in obj.Properties)
                {
                    var memberPointer = pointer.Member(property.Name);
                    if (property.Name.EndsWith(".$", System.StringComparison.Ordinal))
                        context.Report(AslRules.PassResultIsStatic, memberPointer, $"The key \"{Printable(property.Name)}\"", site.Name);
                    else
                        FindDynamicLooking(context, site, property.Value, memberPointer);
                }
                break;
            case AslJsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                    FindDynamicLooking(context, site, array.Items[i], pointer.Item(i));
                break;
            case AslJsonString { Value: var text } when LooksLikePath(text):
                context.Report(AslRules.PassResultIsStatic, pointer, $"The path \"{Printable(text)}\"", site.Name);
                break;
            case AslJsonString { Value: var text } when LooksLikeIntrinsic(text):
                context.Report(AslRules.PassResultIsStatic, pointer, $"The intrinsic function call \"{Printable(text)}\"", site.Name);
                break;
        }
    }

    /// <summary>"$", "$.a", "$[0]" and "$$.Execution.Id" (not "$5", which is more likely a price than a variable).</summary>
    private static bool LooksLikePath(string text) =>
        text == "$" || text.StartsWith("$.", System.StringComparison.Ordinal) || text.StartsWith("$[", System.StringComparison.Ordinal)
        || text.StartsWith("$$", System.StringComparison.Ordinal);

    private static bool LooksLikeIntrinsic(string text) =>
        text.StartsWith("States.", System.StringComparison.Ordinal) && text.IndexOf('(') > 0 && text.EndsWith(")", System.StringComparison.Ordinal);
}
