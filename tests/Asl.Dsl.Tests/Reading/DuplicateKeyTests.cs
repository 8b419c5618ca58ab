using Asl.Json;
using Asl.Model;

namespace Asl.Dsl.Tests.Reading;

public class DuplicateKeyTests
{
    [Fact]
    public void A_repeated_top_level_key_is_reported_at_its_second_occurrence_and_the_last_value_counts()
    {
        var result = AslReader.Read("{\"StartAt\": \"A\",\n \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"B\": {\"Type\": \"Succeed\"}},\n \"StartAt\": \"B\"}");

        var finding = Findings.Single(result, "ASL1004", "/StartAt");
        Assert.Contains("first at line 1, column 2", finding.Message);
        Findings.At(result, finding, 3, 2);
        Assert.Equal("B", result.Machine!.StartAt);
    }

    [Fact]
    public void A_repeated_key_deep_inside_a_payload_is_reported_with_its_exact_pointer()
    {
        const string json = """
            {
                "StartAt": "S",
                "States": {
                    "S": {
                        "Type": "Pass",
                        "Parameters": {
                            "Input": {"id": 1, "name": "x", "id": 2}
                        },
                        "End": true
                    }
                }
            }
            """;

        var result = AslReader.Read(json);

        var finding = Findings.Single(result, "ASL1004", "/States/S/Parameters/Input/id");
        Findings.At(result, finding, 7, 49);
        var parameters = (AslJsonObject)((PassState)result.Machine!.States[0].State).Parameters!;
        var input = (AslJsonObject)parameters["Input"]!;
        Assert.Equal(new[] { "name", "id" }, input.Properties.Select(p => p.Name));
        Assert.Equal(AslJson.Of(2), input["id"]);
    }

    [Fact]
    public void A_repeated_state_name_is_reported_and_the_last_definition_is_kept()
    {
        var result = AslReader.Read("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}, "A": {"Type": "Succeed"}}}""");

        Findings.Single(result, "ASL1004", "/States/A");
        var state = Assert.Single(result.Machine!.States);
        Assert.IsType<SucceedState>(state.State);
    }

    [Fact]
    public void A_key_repeated_three_times_gives_one_finding_at_the_last_occurrence()
    {
        var result = AslReader.Read("{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\",\n\"Result\": {\"k\": 1, \"k\": 2,\n \"k\": 3}, \"End\": true}}}");

        var finding = Findings.Single(result, "ASL1004", "/States/S/Result/k");
        Assert.Contains("appears 3 times", finding.Message);
        Findings.At(result, finding, 3, 2);
    }

    [Fact]
    public void Keys_with_slash_and_tilde_are_escaped_in_the_pointer()
    {
        var result = AslReader.Read("""{"StartAt": "S", "States": {"S": {"Type": "Pass", "Result": {"a/b~c": 1, "a/b~c": 2}, "End": true}}}""");

        Findings.Single(result, "ASL1004", "/States/S/Result/a~1b~0c");
    }

    [Fact]
    public void Repeats_are_found_in_objects_with_many_members()
    {
        var members = string.Join(", ", Enumerable.Range(0, 40).Select(i => $"\"k{i}\": {i}"));
        var result = AslReader.Read(Findings.MachineWith("""{"Type": "Pass", "Result": {""" + members + """, "k7": 0}, "End": true}"""));

        Findings.Single(result, "ASL1004", "/States/S/Result/k7");
    }

    [Fact]
    public void Repeats_inside_arrays_of_objects_are_reported_with_the_array_index()
    {
        var result = AslReader.Read("""{"StartAt": "S", "States": {"S": {"Type": "Pass", "Result": [{"a": 1}, {"b": 1, "b": 2}], "End": true}}}""");

        Findings.Single(result, "ASL1004", "/States/S/Result/1/b");
    }

    [Fact]
    public void The_same_key_in_different_objects_is_not_a_repeat()
    {
        var result = AslReader.Read("""{"StartAt": "S", "States": {"S": {"Type": "Pass", "Result": {"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}, "End": true}}}""");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_repeat_in_a_States_object_of_many_states_is_found_and_located_in_linear_time()
    {
        var states = string.Join(",\n", Enumerable.Range(0, 20_000).Select(i => $"\"S{i}\": {{\"Type\": \"Pass\", \"Next\": \"S{i + 1}\"}}"));
        var json = "{\"StartAt\": \"S0\", \"States\": {\n" + states + ",\n\"S7\": {\"Type\": \"Succeed\"},\n\"S20000\": {\"Type\": \"Succeed\"}}}";
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var result = AslReader.Read(json);
        var located = Enumerable.Range(0, 20_000).Count(i => result.Locations.TryGetLocation($"/States/S{i}/Next", out _, out _));

        var finding = Findings.Single(result, "ASL1004", "/States/S7");
        Findings.At(result, finding, 20_002, 1);
        Assert.Equal(20_000, located);
        Assert.Equal(20_001, result.Machine!.States.Count);
        Assert.IsType<SucceedState>(result.Machine.States.Single(s => s.Name == "S7").State);
        Assert.True(stopwatch.ElapsedMilliseconds < 15_000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }
}
