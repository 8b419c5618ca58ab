using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

/// <summary>JSONata states: the subset of JSONata the local engine evaluates, and clear failures beyond it.</summary>
public class JsonAtaTests
{
    private static string Output(string expression)
        => "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Output\":" + JsonText.Write(new AslJsonString("{% " + expression + " %}")) + ",\"End\":true}}}";

    private static Task<string> EvaluateAsync(string expression, string input = "{}") => OutputOfAsync(Output(expression), input);

    [Theory]
    [InlineData("'Hello ' & $states.input.name", "\"Hello Ada\"")]
    [InlineData("$states.input.n * 2 + 1", "21")]
    [InlineData("$states.input.n / 4", "2.5")]
    [InlineData("$states.input.n % 3", "1")]
    [InlineData("-$states.input.n", "-10")]
    [InlineData("$states.input.n > 5 and $states.input.name = 'Ada'", "true")]
    [InlineData("$states.input.n < 5 or $states.input.name != 'Ada'", "false")]
    [InlineData("$states.input.n > 5 ? 'big' : 'small'", "\"big\"")]
    [InlineData("'Ada' in $states.input.tags", "true")]
    [InlineData("$states.input.items[1]", "{\"price\":20,\"name\":\"b\"}")]
    [InlineData("$states.input.items[-1].name", "\"c\"")]
    [InlineData("$states.input.items.price", "[10,20,30]")]
    [InlineData("$states.input.items[price > 15].name", "[\"b\",\"c\"]")]
    [InlineData("$states.input.items[price > 25].name", "\"c\"")]
    [InlineData("{'total': $sum($states.input.items.price), 'count': $count($states.input.items)}", "{\"total\":60,\"count\":3}")]
    [InlineData("[1..3, $states.input.n]", "[1,2,3,10]")]
    [InlineData("($x := $states.input.n; $x * $x)", "100")]
    [InlineData("$uppercase($substring($states.input.name, 0, 2))", "\"AD\"")]
    [InlineData("$join($states.input.tags, '-')", "\"Ada-Lin\"")]
    [InlineData("$states.input.name ~> $lowercase()", "\"ada\"")]
    [InlineData("$exists($states.input.nothing)", "false")]
    [InlineData("$string($states.input.items[0])", "\"{\\\"price\\\":10,\\\"name\\\":\\\"a\\\"}\"")]
    [InlineData("$merge([{'a':1},{'b':2}])", "{\"a\":1,\"b\":2}")]
    [InlineData("$partition([1,2,3], 2)", "[[1,2],[3]]")]
    [InlineData("$range(0, 10, 5)", "[0,5,10]")]
    [InlineData("$hash('input data', 'SHA-1')", "\"aaff4a450a104cd177d28d18d74485e8cae074b7\"")]
    [InlineData("$parse('{\"k\":[1]}').k", "[1]")]
    [InlineData("$states.context.State.Name", "\"P\"")]
    public async Task Expressions_evaluate_as_JSONata_does(string expression, string expected)
        => Assert.Equal(expected, await EvaluateAsync(expression, """{"name":"Ada","n":10,"tags":["Ada","Lin"],"items":[{"price":10,"name":"a"},{"price":20,"name":"b"},{"price":30,"name":"c"}]}"""));

    [Fact]
    public async Task Expressions_inside_objects_and_arrays_are_evaluated_and_literals_kept()
        => Assert.Equal("""{"greeting":"hi Ada","list":[1,"x",true],"fixed":"{ not an expression"}""", await OutputOfAsync("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","End":true,
              "Output":{"greeting":"{% 'hi ' & $states.input.name %}","list":[1,"{% 'x' %}",true],"fixed":"{ not an expression"}}}}
            """, """{"name":"Ada"}"""));

    [Fact]
    public async Task A_JSONata_task_uses_Arguments_and_the_result_in_Output_and_Assign()
    {
        using var engine = Create();
        engine.RegisterLambda("Price", invocation => JsonValues.Number(((AslJsonNumber)((AslJsonObject)invocation.Payload)["qty"]!).Value * 3));

        var result = await engine.RunDefinitionAsync("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Arguments":{"FunctionName":"Price","Payload":{"qty":"{% $states.input.qty %}"}},
                "Assign":{"price":"{% $states.result.Payload %}"},
                "Output":{"code":"{% $states.result.StatusCode %}"},"Next":"Use"},
              "Use":{"Type":"Pass","Output":"{% {'price': $price, 'code': $states.input.code} %}","End":true}}}
            """, """{"qty":4}""");

        Assert.Equal("""{"price":12,"code":200}""", result.Output);
    }

    [Fact]
    public async Task Choice_conditions_decide_and_rules_can_set_output()
        => Assert.Equal("\"private\"", await OutputOfAsync("""
            {"QueryLanguage":"JSONata","StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.type = 'Private' %}","Output":"private","Next":"Done"}],"Default":"Done"},
              "Done":{"Type":"Succeed"}}}
            """, """{"type":"Private"}"""));

    [Fact]
    public async Task Map_Items_and_ItemSelector_use_the_context_item()
        => Assert.Equal("""[{"i":0,"v":"a"},{"i":1,"v":"b"}]""", await OutputOfAsync("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "Items":"{% $states.input.list %}",
              "ItemSelector":{"i":"{% $states.context.Map.Item.Index %}","v":"{% $states.context.Map.Item.Value %}"},
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """{"list":["a","b"]}"""));

    [Fact]
    public async Task Wait_Seconds_and_Fail_Error_take_expressions()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"QueryLanguage":"JSONata","StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":"{% $states.input.delay %}","Next":"F"},
              "F":{"Type":"Fail","Error":"{% 'E' & $states.input.code %}","Cause":"static cause"}}}
            """, """{"delay":30,"code":7}""");

        Assert.Equal(("E7", "static cause", Start.AddSeconds(30)), (result.Error, result.Cause, result.StopDate));
    }

    [Fact]
    public async Task A_Catch_sees_the_error_output()
        => Assert.Equal("""{"what":"Boom"}""", await OutputOfAsync("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{
              "P":{"Type":"Parallel","Branches":[{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Boom"}}}],
                "Catch":[{"ErrorEquals":["States.ALL"],"Output":{"what":"{% $states.errorOutput.Error %}"},"Next":"Done"}],"End":true},
              "Done":{"Type":"Succeed"}}}
            """));

    [Fact]
    public async Task A_function_beyond_the_subset_fails_with_QueryEvaluationError_naming_it()
    {
        var result = await RunAsync(Output("$map($states.input.items, $string)"), """{"items":[1]}""");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("'$map' is not available", result.Cause);
    }

    [Fact]
    public async Task A_syntax_beyond_the_subset_fails_with_QueryEvaluationError_naming_the_feature()
    {
        var result = await RunAsync(Output("$states.input.*"), "{}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("the wildcard '*'", result.Cause);
    }

    [Fact]
    public async Task An_undefined_output_fails_with_QueryEvaluationError()
        => Assert.Equal("States.QueryEvaluationError", (await RunAsync(Output("$states.input.missing"), "{}")).Error);

    [Fact]
    public async Task An_undefined_variable_fails_and_says_what_is_available()
    {
        var result = await RunAsync(Output("$nope"), "{}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("'$nope' is not defined", result.Cause);
    }

    [Fact]
    public async Task Arithmetic_on_a_string_fails_with_the_JSONata_error_code()
        => Assert.Contains("T2001", (await RunAsync(Output("'a' + 1"), "{}")).Cause);
}
