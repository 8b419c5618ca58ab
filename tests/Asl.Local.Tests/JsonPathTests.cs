using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>JSONPath selection (Jayway dialect) through InputPath, with the paths users write.</summary>
public class JsonPathTests
{
    private const string Store = """
        {"store":{"book":[
          {"category":"reference","author":"Nigel Rees","title":"Sayings of the Century","price":8.95},
          {"category":"fiction","author":"Evelyn Waugh","title":"Sword of Honour","price":12.99},
          {"category":"fiction","author":"Herman Melville","title":"Moby Dick","isbn":"0-553-21311-3","price":8.99},
          {"category":"fiction","author":"J. R. R. Tolkien","title":"The Lord of the Rings","isbn":"0-395-19395-8","price":22.99}],
          "bicycle":{"color":"red","price":19.95}},
         "limit":10,
         "odd name":{"x y":1}}
        """;

    private static Task<string> SelectAsync(string path, string input = Store)
        => OutputOfAsync(Pass("\"InputPath\":\"" + path.Replace("\"", "\\\"") + "\""), input);

    [Theory]
    [InlineData("$.store.bicycle.color", "\"red\"")]
    [InlineData("$['store']['bicycle']['color']", "\"red\"")]
    [InlineData("$[\"odd name\"]['x y']", "1")]
    [InlineData("$.store.book[0].author", "\"Nigel Rees\"")]
    [InlineData("$.store.book[-1].author", "\"J. R. R. Tolkien\"")]
    public async Task Definite_paths_select_one_value(string path, string expected)
        => Assert.Equal(expected, await SelectAsync(path));

    [Theory]
    [InlineData("$.store.book[*].author", """["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"]""")]
    [InlineData("$..author", """["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"]""")]
    [InlineData("$.store..price", """[8.95,12.99,8.99,22.99,19.95]""")]
    [InlineData("$.store.book[0,2].title", """["Sayings of the Century","Moby Dick"]""")]
    [InlineData("$.store.book[1:3].title", """["Sword of Honour","Moby Dick"]""")]
    [InlineData("$.store.book[-2:].title", """["Moby Dick","The Lord of the Rings"]""")]
    [InlineData("$.store.book[:1].title", """["Sayings of the Century"]""")]
    [InlineData("$.store.book[?(@.isbn)].title", """["Moby Dick","The Lord of the Rings"]""")]
    [InlineData("$.store.book[?(@.price < 10)].title", """["Sayings of the Century","Moby Dick"]""")]
    [InlineData("$.store.book[?(@.price < $.limit && @.category == 'fiction')].title", """["Moby Dick"]""")]
    [InlineData("$.store.book[?(@.category != 'fiction' || @.price > 20)].title", """["Sayings of the Century","The Lord of the Rings"]""")]
    [InlineData("$.store.book[?(!(@.price > 9))].title", """["Sayings of the Century","Moby Dick"]""")]
    [InlineData("$.store.book[*].missing", "[]")]
    public async Task Indefinite_paths_select_a_list(string path, string expected)
        => Assert.Equal(expected, await SelectAsync(path));

    [Fact]
    public async Task A_definite_path_that_does_not_match_fails_with_States_Runtime()
    {
        var result = await RunAsync(Pass("\"InputPath\":\"$.store.car\""), Store);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("An error occurred while executing the state 'P' (entered at the event id #2). Invalid path '$.store.car' : No results for path: $['store']['car']", result.Cause);
    }

    [Fact]
    public async Task InputPath_null_gives_an_empty_object()
        => Assert.Equal("{}", await OutputOfAsync(Pass("\"InputPath\":null"), Store));

    [Fact]
    public async Task OutputPath_selects_from_the_output()
        => Assert.Equal("\"v\"", await OutputOfAsync(Pass("\"Result\":{\"k\":\"v\"},\"OutputPath\":\"$.k\""), "{}"));

    [Fact]
    public async Task A_missing_Parameters_path_fails_and_names_the_field_and_input()
    {
        var result = await RunAsync(Pass("\"Parameters\":{\"JobName.$\":\"$.JobName\"}"), "{}");

        Assert.Equal("States.Runtime", result.Error);
        Assert.EndsWith("The JSONPath '$.JobName' specified for the field 'JobName.$' could not be found in the input '{}'", result.Cause);
    }

    [Fact]
    public async Task Payload_templates_apply_inside_nested_objects_and_arrays()
        => Assert.Equal(Compact("""{"a":{"b":[{"c":1},"lit"]},"static":{"k.":"keeps"}}"""),
            await OutputOfAsync(Pass("\"Parameters\":{\"a\":{\"b\":[{\"c.$\":\"$.n\"},\"lit\"]},\"static\":{\"k.\":\"keeps\"}}"), """{"n":1}"""));

    [Fact]
    public async Task ResultPath_places_the_result_into_the_raw_input_not_the_InputPath_selection()
        => Assert.Equal(Compact("""{"comment":"c","lambda":{"who":"AWS"},"data":{"result":"hi AWS"}}"""),
            await OutputOfAsync(Pass("\"InputPath\":\"$.lambda\",\"Result\":\"hi AWS\",\"ResultPath\":\"$.data.result\""),
                """{"comment":"c","lambda":{"who":"AWS"}}"""));

    [Fact]
    public async Task ResultPath_into_a_string_fails_with_ResultPathMatchFailure()
    {
        var result = await RunAsync(Pass("\"Result\":1,\"ResultPath\":\"$.s.x\""), """{"s":"text"}""");

        Assert.Equal("States.ResultPathMatchFailure", result.Error);
    }
}
