using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local.Tests;

public class OutputSizeCheckTests
{
    private static AslJsonString Text(int length) => new(new string('x', length));

    [Fact]
    public void A_member_reused_from_the_previous_output_still_counts_towards_the_limit()
    {
        var check = new OutputSizeCheck();
        var big = Text(JsonSize.PayloadLimit / 2);
        var first = new JsonObjectBuilder().Set("a", big).Build();
        Assert.False(check.Exceeds(first));
        // The same big string twice (once reused, once new in position) passes the limit together.
        var second = new JsonObjectBuilder().Set("a", big).Set("b", big).Build();
        Assert.True(check.Exceeds(second));
        Assert.True(JsonSize.Exceeds(second));
    }

    [Fact]
    public void Answers_as_a_full_measurement_does_over_a_chain_of_outputs()
    {
        var check = new OutputSizeCheck();
        AslJson output = new JsonObjectBuilder().Set("items", JsonValues.Array(new AslJson[] { Text(1000), Text(2000) })).Build();
        for (var step = 0; step < 200; step++)
        {
            // Each step keeps the previous members (as ResultPath does) and adds or replaces one.
            var next = new JsonObjectBuilder((AslJsonObject)output).Set("m" + (step % 7), Text(step * 300)).Build();
            Assert.Equal(JsonSize.Exceeds(next), check.Exceeds(next));
            output = JsonSize.Exceeds(next) ? output : next;
            Assert.Equal(JsonSize.Exceeds(output), check.Exceeds(output));
        }
    }
}
