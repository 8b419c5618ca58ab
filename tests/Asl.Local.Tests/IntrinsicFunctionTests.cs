using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>The 18 intrinsic functions, with the examples of the AWS documentation.</summary>
public class IntrinsicFunctionTests
{
    /// <summary>Evaluates <paramref name="expression"/> in a Pass state's Parameters and returns its value as JSON text.</summary>
    private static async Task<string> EvaluateAsync(string expression, string input = "{}")
    {
        var definition = Pass("\"Parameters\":{\"r.$\":" + JsonText.Write(new Asl.Json.AslJsonString(expression)) + "}");
        var output = await OutputOfAsync(definition, input);
        return JsonText.Write(((Asl.Json.AslJsonObject)JsonText.Parse(output))["r"]!);
    }

    private static async Task<ExecutionSnapshot> FailureOfAsync(string expression, string input = "{}")
    {
        var result = await RunAsync(Pass("\"Parameters\":{\"r.$\":" + JsonText.Write(new Asl.Json.AslJsonString(expression)) + "}"), input);
        Assert.Equal(ExecutionStatus.Failed, result.Status);
        return result;
    }

    [Fact]
    public async Task Format_fills_placeholders_in_order()
        => Assert.Equal("\"Hello, my name is Arnav.\"", await EvaluateAsync("States.Format('Hello, my name is {}.', $.name)", """{"name":"Arnav"}"""));

    [Fact]
    public async Task Format_writes_numbers_booleans_and_null_as_JSON()
        => Assert.Equal("\"1 true null 2.5\"", await EvaluateAsync("States.Format('{} {} {} {}', 1, true, null, $.x)", """{"x":2.5}"""));

    [Fact]
    public async Task Format_with_too_few_values_fails_with_IntrinsicFailure()
    {
        var result = await FailureOfAsync("States.Format('{} and {}', 'one')");
        Assert.Equal("States.IntrinsicFailure", result.Error);
        Assert.Contains("2 placeholder(s)", result.Cause);
    }

    [Fact]
    public async Task StringToJson_parses_JSON_text()
        => Assert.Equal("""{"foo":"bar"}""", await EvaluateAsync("States.StringToJson($.s)", """{"s":"{\"foo\": \"bar\"}"}"""));

    [Fact]
    public async Task JsonToString_writes_compact_JSON_text()
        => Assert.Equal("\"{\\\"foo\\\":\\\"bar\\\"}\"", await EvaluateAsync("States.JsonToString($.o)", """{"o":{"foo":"bar"}}"""));

    [Fact]
    public async Task Array_collects_its_arguments()
        => Assert.Equal("""["Foo",2020,{"a":1},null]""", await EvaluateAsync("States.Array('Foo', 2020, $.j, null)", """{"j":{"a":1}}"""));

    [Fact]
    public async Task ArrayPartition_splits_into_chunks_with_a_shorter_last_chunk()
        => Assert.Equal("[[1,2,3,4],[5,6,7,8],[9]]", await EvaluateAsync("States.ArrayPartition($.a, 4)", """{"a":[1,2,3,4,5,6,7,8,9]}"""));

    [Fact]
    public async Task ArrayContains_finds_a_value()
        => Assert.Equal("true", await EvaluateAsync("States.ArrayContains($.a, 5)", """{"a":[1,2,3,4,5,6,7,8,9]}"""));

    [Fact]
    public async Task ArrayContains_compares_objects_by_value()
        => Assert.Equal("false", await EvaluateAsync("States.ArrayContains($.a, $.v)", """{"a":[{"x":1}],"v":{"x":2}}"""));

    [Fact]
    public async Task ArrayRange_counts_from_first_to_last_by_step()
        => Assert.Equal("[1,3,5,7,9]", await EvaluateAsync("States.ArrayRange(1, 9, 2)"));

    [Fact]
    public async Task ArrayRange_longer_than_1000_fails()
        => Assert.Equal("States.IntrinsicFailure", (await FailureOfAsync("States.ArrayRange(1, 1001, 1)")).Error);

    [Fact]
    public async Task ArrayGetItem_returns_the_element_at_an_index()
        => Assert.Equal("6", await EvaluateAsync("States.ArrayGetItem($.a, 5)", """{"a":[1,2,3,4,5,6,7,8,9]}"""));

    [Fact]
    public async Task ArrayGetItem_out_of_bounds_fails_and_says_the_valid_range()
        => Assert.Contains("between 0 and 2", (await FailureOfAsync("States.ArrayGetItem($.a, 3)", """{"a":[1,2,3]}""")).Cause);

    [Fact]
    public async Task ArrayLength_counts_elements()
        => Assert.Equal("9", await EvaluateAsync("States.ArrayLength($.a)", """{"a":[1,2,3,4,5,6,7,8,9]}"""));

    [Fact]
    public async Task ArrayUnique_keeps_first_occurrences_in_order()
        => Assert.Equal("[1,2,3,4]", await EvaluateAsync("States.ArrayUnique($.a)", """{"a":[1,2,3,3,3,3,3,3,4]}"""));

    [Fact]
    public async Task Base64Encode_encodes_UTF8()
        => Assert.Equal("\"RGF0YSB0byBlbmNvZGU=\"", await EvaluateAsync("States.Base64Encode($.s)", """{"s":"Data to encode"}"""));

    [Fact]
    public async Task Base64Decode_decodes_to_text()
        => Assert.Equal("\"Data to encode\"", await EvaluateAsync("States.Base64Decode($.s)", """{"s":"RGF0YSB0byBlbmNvZGU="}"""));

    [Fact]
    public async Task Hash_gives_lower_case_hex()
        => Assert.Equal("\"aaff4a450a104cd177d28d18d74485e8cae074b7\"", await EvaluateAsync("States.Hash($.d, 'SHA-1')", """{"d":"input data"}"""));

    [Fact]
    public async Task Hash_with_an_unknown_algorithm_names_the_supported_ones()
        => Assert.Contains("MD5, SHA-1, SHA-256, SHA-384 or SHA-512", (await FailureOfAsync("States.Hash('x', 'SHA-3')")).Cause);

    [Fact]
    public async Task JsonMerge_is_shallow_and_the_second_object_wins()
        => Assert.Equal("""{"a":{"a3":1,"a4":2},"b":2,"c":3}""",
            await EvaluateAsync("States.JsonMerge($.j1, $.j2, false)", """{"j1":{"a":{"a1":1,"a2":2},"b":2},"j2":{"a":{"a3":1,"a4":2},"c":3}}"""));

    [Fact]
    public async Task JsonMerge_refuses_deep_merge()
        => Assert.Contains("deep merging is not supported", (await FailureOfAsync("States.JsonMerge($.a, $.a, true)", """{"a":{}}""")).Cause);

    [Fact]
    public async Task MathRandom_stays_within_start_inclusive_and_end_exclusive()
    {
        for (var i = 0; i < 20; i++)
        {
            var value = long.Parse(await EvaluateAsync("States.MathRandom(1, 4)"));
            Assert.InRange(value, 1, 3);
        }
    }

    [Fact]
    public async Task MathRandom_with_a_seed_repeats()
        => Assert.Equal(await EvaluateAsync("States.MathRandom(0, 1000000, 42)"), await EvaluateAsync("States.MathRandom(0, 1000000, 42)"));

    [Fact]
    public async Task MathAdd_adds_integers()
        => Assert.Equal("110", await EvaluateAsync("States.MathAdd($.v, $.step)", """{"v":111,"step":-1}"""));

    [Fact]
    public async Task StringSplit_splits_at_each_delimiter_character()
        => Assert.Equal("""["This","is","a","test","string"]""", await EvaluateAsync("States.StringSplit($.s, $.d)", """{"s":"This.is+a,test=string","d":".+,="}"""));

    [Fact]
    public async Task UUID_is_a_version_4_UUID()
        => Assert.Matches("^\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"$", await EvaluateAsync("States.UUID()"));

    [Fact]
    public async Task Calls_nest()
        => Assert.Equal("\"3 items\"", await EvaluateAsync("States.Format('{} items', States.ArrayLength($.a))", """{"a":[1,2,3]}"""));

    [Fact]
    public async Task A_missing_path_argument_fails_and_names_the_path()
        => Assert.Contains("$.missing", (await FailureOfAsync("States.ArrayLength($.missing)")).Cause);
}
