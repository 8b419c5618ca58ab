using Asl.Json;
using Asl.Model;
using Asl.Writing;

namespace Asl.Dsl.Tests.Reading;

public class RoundTripTests
{
    public static TheoryData<string> Definitions() => new()
    {
        "reader/jsonpath-every-field.asl.json",
        "reader/jsonata-every-field.asl.json",
        "workflow-within-a-workflow/main-state-machine.asl.json",
        "workflow-within-a-workflow/nested-state-machine.asl.json",
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Definition_covering_every_field_reads_without_findings(string file)
    {
        var result = AslReader.ReadFile(TestData.PathOf(file));

        Assert.Empty(result.Diagnostics);
        Assert.False(result.IsParseFailure);
        Assert.NotNull(result.Machine);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Writing_the_read_model_gives_JSON_equal_to_the_input_so_no_field_is_lost(string file)
    {
        var input = TestData.Text(file);

        var written = AslWriter.Write(Read(input));

        var expected = System.Text.Json.Nodes.JsonNode.Parse(input);
        var actual = System.Text.Json.Nodes.JsonNode.Parse(written);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(expected, actual), written);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Read_write_read_gives_an_equal_model(string file)
    {
        var first = Read(TestData.Text(file));

        var second = Read(AslWriter.Write(first));

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Writing_the_written_text_again_gives_the_same_bytes(string file)
    {
        var written = AslWriter.Write(Read(TestData.Text(file)));

        var rewritten = AslWriter.Write(Read(written));

        Assert.Equal(written, rewritten);
    }

    [Fact]
    public void Every_state_type_appears_in_the_round_trip_definitions()
    {
        var types = new HashSet<string>();
        foreach (var file in new[] { "reader/jsonpath-every-field.asl.json", "reader/jsonata-every-field.asl.json" })
            foreach (var site in ModelWalker.States(Read(TestData.Text(file))))
                types.Add(site.State.Type);

        Assert.Equal(
            new[] { "Choice", "Fail", "Map", "Parallel", "Pass", "Succeed", "Task", "Wait" },
            types.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_comparison_operator_survives_the_round_trip()
    {
        var machine = Read(TestData.Text("reader/jsonpath-every-field.asl.json"));
        var choice = (ChoiceState)machine.States.Single(s => s.Name == "Decide").State;

        var operators = choice.Choices[0].And!.Value.SelectMany(rule => rule.Comparisons).Select(c => c.Operator);

        Assert.Equal(Enum.GetValues<ComparisonOperator>(), operators.Order());
        Assert.Equal(choice, ((ChoiceState)Read(AslWriter.Write(machine)).States.Single(s => s.Name == "Decide").State));
    }

    private static StateMachine Read(string json)
    {
        var result = AslReader.Read(json);
        Assert.Empty(result.Diagnostics);
        return result.Machine!;
    }
}
