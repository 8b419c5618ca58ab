using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// B05–B07 and N05: the machine's own fields.
internal sealed partial class StructureRules
{
    private const long MaxTimeoutSeconds = 99_999_999;
    private const long MaxExpressSeconds = 300;

    private static void CheckTopLevel(ValidationContext context)
    {
        var machine = context.Machine;

        if (machine.Version is { } version && version != "1.0")
            context.Report(AslRules.UnsupportedVersion, "/Version", Printable(version));

        // The machine is not a state: a JSONata string is not evaluated here, so only placeholders stand in.
        var timeout = IntegerLiteral.Read(machine.TimeoutSeconds, allowJsonAta: false);
        if (timeout.IsWrong(1, MaxTimeoutSeconds))
            context.Report(AslRules.InvalidMachineTimeout, "/TimeoutSeconds", IntegerLiteral.Describe(machine.TimeoutSeconds));
        else if (context.IsExpress && timeout.IsIntegerIn(MaxExpressSeconds + 1, MaxTimeoutSeconds))
            context.Report(AslRules.TimeoutBeyondExpressLimit, "/TimeoutSeconds", "The state machine's \"TimeoutSeconds\"", timeout.Value, "an EXPRESS state machine");

        if (machine.QueryLanguage is { } language && language != QueryLanguages.JsonPath && language != QueryLanguages.JsonAta)
            context.Report(AslRules.InvalidMachineQueryLanguage, "/QueryLanguage", Printable(language));
    }
}
