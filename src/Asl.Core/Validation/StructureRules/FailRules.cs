using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// E70, E72 and E74: a Fail state's error and cause.
internal sealed partial class StructureRules
{
    private const string ReservedErrorPrefix = "States.";

    private static void CheckFail(ValidationContext context, StateSite site, FailState fail)
    {
        CheckFailText(context, site, "Error", fail.Error, fail.ErrorPath);
        CheckFailText(context, site, "Cause", fail.Cause, fail.CausePath);

        // E74: only a literal name can be checked; a JSONata or placeholder value is decided later.
        if (fail.Error is AslJsonString { Value: var error } && !Values.IsJsonAta(error)
            && error.StartsWith(ReservedErrorPrefix, System.StringComparison.Ordinal))
        {
            var suggestion = error.Length > ReservedErrorPrefix.Length ? error.Substring(ReservedErrorPrefix.Length) : "MyError";
            context.Report(AslRules.ReservedErrorName, site.FieldPointer("Error"), site.Name, Printable(error), Printable(suggestion));
        }
    }

    /// <summary>E70 (a string) and E72 (not together with its *Path twin).</summary>
    private static void CheckFailText(ValidationContext context, StateSite site, string field, AslJson? value, string? path)
    {
        if (value is not null and not AslJsonString)
            context.Report(AslRules.FailFieldNotString, site.FieldPointer(field), field, site.Name, IntegerLiteral.Describe(value));
        if (value is not null && path is not null)
            context.Report(AslRules.FailFieldSetTwice, site.FieldPointer(field + "Path"), site.Name, field);
    }
}
