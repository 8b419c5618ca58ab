using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

/// <summary>JSONata states: the whole language as Step Functions runs it, and failures with the causes AWS gives.</summary>
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
    [InlineData("λ($arr, $sep)<a<>s?:s>{$join($arr, $sep)}([\"a>\"], \"-\")", "\"a>\"")] // an empty type parameter checks nothing, as in jsonata-js
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

    [Theory]
    [InlineData("$contains(\"hello$world\", /^hello\\$/)", "true")]
    [InlineData("$match($states.input.mail, /(\\w+)@(\\w+)\\.com/).groups", "[\"ada\",\"example\"]")]
    [InlineData("$replace($states.input.mail, /(\\w+)@(\\w+)/, '$2 at $1')", "\"example at ada.com\"")]
    [InlineData("$split('a1b22c333d', /[0-9]+/)", "[\"a\",\"b\",\"c\",\"d\"]")]
    [InlineData("$states.input.tags[$contains($, /^L/i)]", "\"Lin\"")]
    public async Task Regular_expressions_match_as_in_JSONata(string expression, string expected)
        => Assert.Equal(expected, await EvaluateAsync(expression, """{"mail":"ada@example.com","tags":["Ada","Lin"]}"""));

    [Theory]
    [InlineData("($double := function($x) { $x * 2 }; $double(21))", "42")]
    [InlineData("($add := function($a, $b) { $a + $b }; $inc := $add(?, 1); $inc(41))", "42")]
    [InlineData("($counter := function($start) { function($n) { $start + $n } }; $counter(40)(2))", "42")]
    [InlineData("($fact := function($n) { $n <= 1 ? 1 : $n * $fact($n - 1) }; $fact(5))", "120")]
    [InlineData("($loop := function($n, $acc) { $n = 0 ? $acc : $loop($n - 1, $acc + $n) }; $loop(10000, 0))", "50005000")]
    [InlineData("$substring(?, 0, 3)($states.input.name)", "\"Ada\"")]
    [InlineData("function($x)<n:n>{ $x + 1 }($states.input.n)", "11")]
    [InlineData("function($a, $b, $c)<as?s>{ [$a, $b, $c] }(['p'], 'x')", "[\"p\",\"x\"]")] // the skipped optional still takes an argument
    public async Task Lambdas_closures_partial_application_and_tail_recursion_work(string expression, string expected)
        => Assert.Equal(expected, await EvaluateAsync(expression, """{"name":"Ada Lovelace","n":10}"""));

    [Theory]
    [InlineData("$map($states.input.items, function($v, $i) { $v.price * ($i + 1) })", "[10,40,90]")]
    [InlineData("$filter($states.input.items, function($v) { $v.price > 15 }).name", "[\"b\",\"c\"]")]
    [InlineData("$reduce($states.input.items.price, function($acc, $v) { $acc + $v }, 100)", "160")]
    [InlineData("$single($states.input.items, function($v) { $v.name = 'b' }).price", "20")]
    [InlineData("$sift($states.input.items[0], function($v, $k) { $k = 'name' })", "{\"name\":\"a\"}")]
    [InlineData("$each($states.input.items[0], function($v, $k) { $k & '=' & $v })", "[\"price=10\",\"name=a\"]")]
    [InlineData("$states.input.items.price ~> $map(function($v) { $v / 10 }) ~> $sum()", "6")]
    [InlineData("($twice := $uppercase ~> $trim; $twice(' ada '))", "\"ADA\"")]
    [InlineData("$sort($states.input.items, function($a, $b) { $a.price < $b.price }).name", "[\"c\",\"b\",\"a\"]")]
    [InlineData("$states.input.items^(>price).name", "[\"c\",\"b\",\"a\"]")]
    [InlineData("$states.input.items{name: price}", "{\"a\":10,\"b\":20,\"c\":30}")]
    [InlineData("$states.input ~> |items|{'checked': true}, ['price']|", "{\"items\":[{\"name\":\"a\",\"checked\":true},{\"name\":\"b\",\"checked\":true},{\"name\":\"c\",\"checked\":true}]}")]
    [InlineData("$states.input.items#$i[$i > 0].name", "[\"b\",\"c\"]")]
    [InlineData("$states.input.items@$v[$v.price > 99]{'n': $count($v)}", "{\"n\":0}")]
    public async Task Higher_order_functions_sorting_grouping_and_transforms_work(string expression, string expected)
        => Assert.Equal(expected, await EvaluateAsync(expression, """{"items":[{"price":10,"name":"a"},{"price":20,"name":"b"},{"price":30,"name":"c"}]}"""));

    [Theory]
    [InlineData("$fromMillis($toMillis($states.input.when), '[D1o] [MNn] [Y0001], [h]:[m01] [P]')", "\"23rd March 2018, 10:33 am\"")]
    [InlineData("$fromMillis($toMillis($states.input.when), '[FNn], [Dwo] of [MNn]', '+0100')", "\"Friday, twenty-third of March\"")]
    [InlineData("$toMillis('23/03/2018', '[D01]/[M01]/[Y0001]')", "1521763200000")]
    [InlineData("$formatNumber(1234.5678, '#,##0.00')", "\"1,234.57\"")]
    [InlineData("$formatInteger(2024, 'w')", "\"two thousand and twenty-four\"")]
    [InlineData("$formatBase(255, 16)", "\"ff\"")]
    [InlineData("$parseInteger('MMXXIV', 'I')", "2024")]
    [InlineData("$toMillis('2018-03-23 10:30:5.25', '[Y]-[M01]-[D01] [H01]:[m01]:[s01].[f001]')", "1521801005025")] // only Y, M, D read fixed widths
    [InlineData("$fromMillis($toMillis($states.input.when), '[M,3-4]/[D,2-]/[YA,2]')", "\"0003/23/BYP\"")] // a maximum width sets the digits
    [InlineData("$fromMillis($toMillis($states.input.when), '[Y0001] [MNn]', 'bad zone')", "\"0NaN undefined\"")] // JavaScript's Invalid Date
    [InlineData("$fromMillis(0, '[Y]-[,M]')", "\"1970-undefined\"")]
    [InlineData("$formatInteger(1234, '01/')", "\"1234/\"")]
    [InlineData("$formatBase(1e21, 36)", "\"5v1j4f4ds7c000\"")] // JavaScript's digits past a double's precision
    public async Task Date_pictures_and_number_formatting_work(string expression, string expected)
        => Assert.Equal(expected, await EvaluateAsync(expression, """{"when":"2018-03-23T10:33:36.617Z"}"""));

    [Fact]
    public async Task Now_and_millis_read_the_engine_clock_so_virtual_time_is_respected()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"QueryLanguage":"JSONata","StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":90,"Next":"P"},
              "P":{"Type":"Pass","Output":{"now":"{% $now() %}","millis":"{% $millis() %}","day":"{% $now('[FNn] [D1o] [MNn]') %}"},"End":true}}}
            """);

        Assert.Equal("""{"now":"2024-01-01T00:01:30.000Z","millis":1704067290000,"day":"Monday 1st January"}""", result.Output);
    }

    [Fact]
    public async Task An_undefined_result_fails_with_the_cause_AWS_gives()
    {
        var result = await RunAsync(Output("$states.input.missing"), "{}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '$states.input.missing' specified for the field 'Output' returned nothing (undefined).", result.Cause);
    }

    [Fact]
    public async Task A_nested_undefined_value_fails_and_names_the_field_as_AWS_does()
    {
        var result = await RunAsync(Pass("\"QueryLanguage\":\"JSONata\",\"Output\":{\"result\":\"{% $doesNotExist %}\"}"), "{}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).", result.Cause);
    }

    [Fact]
    public async Task Calling_a_name_that_is_not_a_function_fails_with_T1006_as_on_AWS()
    {
        var result = await RunAsync(Output("$randomSeeded($states.input.n)"), """{"n":1}""");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("specified for the field 'Output' threw an error during evaluation. T1006: Attempted to invoke a non-function", result.Cause);
    }

    [Fact]
    public async Task Eval_is_not_available_in_Step_Functions()
        => Assert.EndsWith("T1006: Attempted to invoke a non-function", (await RunAsync(Output("$eval('1 + 1')"), "{}")).Cause);

    [Fact]
    public async Task A_function_result_fails_as_an_unsupported_result_type()
        => Assert.EndsWith("specified for the field 'Output' returned an unsupported result type.",
            (await RunAsync(Output("$fn := function($x){$x}"), "{}")).Cause);

    [Fact]
    public async Task Arithmetic_on_a_string_fails_with_the_JSONata_error_code_and_message()
        => Assert.EndsWith("threw an error during evaluation. T2001: The left side of the \"+\" operator must evaluate to a number",
            (await RunAsync(Output("'a' + 1"), "{}")).Cause);

    [Fact]
    public async Task Recursion_deeper_than_AWS_allows_fails_with_its_stack_overflow_cause()
        => Assert.EndsWith("threw an error during evaluation: Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.",
            (await RunAsync(Output("($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(1000))"), "{}")).Cause);

    [Fact]
    public async Task A_sequence_larger_than_AWS_allows_fails_with_its_memory_cause()
        => Assert.EndsWith("threw an error during evaluation: Expression evaluation memory limit exceeded: Check for excessive memory usage",
            (await RunAsync(Output("[1..873783] ~> $count()"), "{}")).Cause);

    [Fact(Timeout = 30_000)]
    public async Task A_string_call_nested_5000_deep_fails_at_once_instead_of_hanging()
    {
        // Issue 18: 5,000 nested $string( ... ) calls took 3.2 s; AWS stops at a depth of about 100.
        var expression = string.Concat(Enumerable.Repeat("$string(", 5_000)) + "1" + new string(')', 5_000);
        var result = await RunAsync(Output(expression), "{}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("Stack overflow error", result.Cause);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_call_nested_100000_deep_fails_at_once_instead_of_hanging()
    {
        // Issue 18: $f($f( ... )) 100,000 deep (400 KB) did not finish in 10 s.
        var expression = "($f := function($x) { $x }; " + string.Concat(Enumerable.Repeat("$f(", 100_000)) + "1" + new string(')', 100_000) + ")";
        var result = await RunAsync(Output(expression), "{}");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("Stack overflow error", result.Cause);
    }
}
