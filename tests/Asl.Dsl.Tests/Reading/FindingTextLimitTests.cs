using System.Text;
using Asl.Diagnostics;
using Asl.Json;

namespace Asl.Dsl.Tests.Reading;

/// <summary>
/// A finding's pointer repeats every key that leads to it, so findings deep under long names could grow with the
/// square of the definition's size. The reader reports findings up to a fixed amount of text, then ASL1095 once.
/// </summary>
public class FindingTextLimitTests
{
    [Fact]
    public void Findings_deep_under_long_names_stop_at_the_text_limit_with_one_ASL1095()
    {
        // 8,000 states with an unknown field, each under 80,000 characters of names: 640 million characters of pointers.
        var json = NestedUnderLongNames(levels: 10, nameLength: 8_000, states: 8_000);

        var read = AslReader.Read(json);

        Assert.NotNull(read.Machine);
        Assert.Single(read.Diagnostics, d => d.Code == AslRules.ValidationBudgetExceeded.Code);
        var unknown = read.Diagnostics.Count(d => d.Code == AslRules.UnknownStateField.Code);
        Assert.InRange(unknown, 1, 7_999);
        var text = read.Diagnostics.Sum(d => (long)d.Pointer.Length + d.Message.Length);
        Assert.True(text < 70L * 1024 * 1024, $"the findings hold {text:N0} characters");
    }

    [Fact]
    public void Ordinary_definitions_report_every_finding()
    {
        var json = NestedUnderLongNames(levels: 2, nameLength: 10, states: 2_000);

        var read = AslReader.Read(json);

        Assert.Equal(2_000, read.Diagnostics.Count(d => d.Code == AslRules.UnknownStateField.Code));
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == AslRules.ValidationBudgetExceeded.Code);
    }

    private static string NestedUnderLongNames(int levels, int nameLength, int states)
    {
        var inner = new StringBuilder("{\"StartAt\":\"s0\",\"States\":{");
        for (var i = 0; i < states; i++) inner.Append($"\"s{i}\":{{\"Type\":\"Pass\",\"X\":1,\"Next\":\"s{i + 1}\"}},");
        inner.Append($"\"s{states}\":{{\"Type\":\"Succeed\"}}}}}}");
        var json = inner.ToString();
        for (var level = 0; level < levels; level++)
        {
            var name = "n" + level + new string('x', nameLength);
            json = $"{{\"StartAt\":\"{name}\",\"States\":{{\"{name}\":{{\"Type\":\"Parallel\",\"Branches\":[{json}],\"End\":true}}}}}}";
        }
        return json;
    }
}
