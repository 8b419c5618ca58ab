using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// E30 on the model: a Choice state without rules, whoever built the model.
internal sealed partial class StructureRules
{
    /// <summary>
    /// E30: Choices is an empty list. A missing or unreadable Choices is the reader's finding, which leaves the list
    /// default (see <see cref="Collections.EquatableArray{T}.IsDefault"/>), so it is not reported twice.
    /// </summary>
    private static void CheckChoices(ValidationContext context, StateSite site, ChoiceState choice)
    {
        if (choice.Choices.IsEmpty && !choice.Choices.IsDefault)
            context.Report(AslRules.ChoicesShape, site.Field("Choices"), "is empty");
    }
}
