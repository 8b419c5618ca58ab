using Asl.Api;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

/// <summary>
/// Where the engine used to differ from executions recorded on AWS (LocalStack's AWS-validated snapshots): each test
/// pins AWS's result, error name and cause text.
/// </summary>
public class AwsParityTests
{
    private static string Parameters(string expression) =>
        Pass("\"Parameters\":{\"r.$\":" + JsonText.Write(new Asl.Json.AslJsonString(expression)) + "}");

    private static async Task<string> ResultOfAsync(string expression, string input)
    {
        var output = await OutputOfAsync(Parameters(expression), input);
        return JsonText.Write(((Asl.Json.AslJsonObject)JsonText.Parse(output))["r"]!);
    }

    private static async Task<ExecutionSnapshot> FailedAsync(string definition, string input = "{}")
    {
        var result = await RunAsync(definition, input);
        Assert.True(result.Status == ExecutionStatus.Failed, $"{result.Status}: {result.Output}");
        return result;
    }

    [Fact]
    public async Task States_Format_writes_objects_and_arrays_as_AWS_does()
    {
        var result = await ResultOfAsync("States.Format('fst={} snd={}', $.fst, $.snd)", """{"fst":{"Arg1":1,"Arg2":[]},"snd":["a",{"b":null}]}""");

        Assert.Equal("\"fst={Arg1=1, Arg2=[]} snd=[a, {b=null}]\"", result);
    }

    [Fact]
    public async Task States_Format_takes_its_template_from_a_path()
    {
        var result = await ResultOfAsync("States.Format($.template, $.name)", """{"template":"It's {}!","name":"Pikachu"}""");

        Assert.Equal("\"It's Pikachu!\"", result);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task States_StringToJson_of_an_empty_or_blank_string_is_null(string text)
    {
        var result = await ResultOfAsync("States.StringToJson($.s)", "{\"s\":\"" + text + "\"}");

        Assert.Equal("null", result);
    }

    [Theory]
    [InlineData(1.49, 1.5, 3)]
    [InlineData(-1.49, -1.5, -2)]
    [InlineData(-1.5, -1.51, -3)]
    [InlineData(-0.5, 0.5, 1)]
    [InlineData(-0.5, 0, 0)]
    [InlineData(-2.5, 0, -2)]
    [InlineData(2.5, 0, 3)]
    [InlineData(-9, 3, -6)]
    public async Task States_MathAdd_rounds_each_operand_half_up_as_AWS_does(double first, double second, long sum)
    {
        var input = FormattableString.Invariant($"{{\"a\":{first},\"b\":{second}}}");

        var result = await ResultOfAsync("States.MathAdd($.a, $.b)", input);

        Assert.Equal(sum.ToString(System.Globalization.CultureInfo.InvariantCulture), result);
    }

    private const string MapWithPaths = """
        {
          "StartAt": "M",
          "States": {
            "M": {
              "Type": "Map", "ItemsPath": "$.items", "MaxConcurrencyPath": "$.concurrency", "ToleratedFailureCountPath": "$.tolerated",
              "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } },
              "End": true
            }
          }
        }
        """;

    [Fact]
    public async Task MaxConcurrencyPath_and_ToleratedFailureCountPath_may_name_a_numeric_string()
    {
        var output = await OutputOfAsync(MapWithPaths, """{"items":[1,2],"concurrency":"1","tolerated":"0"}""");

        Assert.Equal("[1,2]", output);
    }

    [Theory]
    [InlineData("\"NoNumber\"", "0", "The MaxConcurrencyPath field refers to value \"NoNumber\" which is not a valid integer: $.concurrency")]
    [InlineData("{}", "0", "The MaxConcurrencyPath field refers to value \"{}\" which is not a valid integer: $.concurrency")]
    [InlineData("1", "\"NoNumber\"", "The ToleratedFailureCountPath field refers to value \"NoNumber\" which is not a valid integer: $.tolerated")]
    [InlineData("1", "-1", "ToleratedFailureCount cannot be negative.")]
    public async Task A_Map_path_value_that_is_no_count_fails_with_AWS_cause(string concurrency, string tolerated, string cause)
    {
        var result = await FailedAsync(MapWithPaths, $$"""{"items":[1],"concurrency":{{concurrency}},"tolerated":{{tolerated}}}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("An error occurred while executing the state 'M' (entered at the event id #2). " + cause, result.Cause);
    }

    [Theory]
    [InlineData("\"NoNumber\"", "The ToleratedFailurePercentagePath field refers to value \"NoNumber\" which is not a valid float: $.percentage")]
    [InlineData("100.1", "ToleratedFailurePercentage must be between 0 and 100.")]
    public async Task A_ToleratedFailurePercentagePath_value_out_of_range_fails_with_AWS_cause(string percentage, string cause)
    {
        const string definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailurePercentagePath":"$.percentage",
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"ItemsPath":"$.items","End":true}}}
            """;

        var result = await FailedAsync(definition, $$"""{"items":[1],"percentage":{{percentage}}}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.EndsWith(cause, result.Cause);
    }

    [Fact]
    public async Task A_JSONPath_key_with_an_escaped_quote_keeps_the_backslash_as_Jayway_does()
    {
        // Recorded: $['Test\""Name"'] selects the key Test\""Name" (backslash kept).
        var output = await OutputOfAsync(Pass("\"Parameters\":{\"value.$\":\"$['Test\\\\\\\"\\\"Name\\\"']\"}"), """{"Test\\\"\"Name\"":"Value\"\\"}""");

        Assert.Equal("""{"value":"Value\"\\"}""", output);
    }

    [Theory]
    [InlineData("1", "number", "1")]
    [InlineData("'string'", "string", "\"string\"")]
    [InlineData("{'foo': 'bar'}", "object", "{\"foo\":\"bar\"}")]
    [InlineData("null", "null", "null")]
    public async Task JSONata_Items_that_are_no_array_fail_with_QueryEvaluationError(string expression, string type, string json)
    {
        var definition = """{"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","Items":"{% """ + expression
            + """ %}","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""";

        var result = await FailedAsync(definition);

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Equal($"An error occurred while executing the state 'M' (entered at the event id #2). The JSONata expression '{expression}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '{type}' for value: {json}", result.Cause);
    }

    [Fact]
    public async Task A_JSONata_Map_over_an_input_that_is_no_array_fails_with_QueryEvaluationError()
    {
        const string definition = """{"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""";

        var result = await FailedAsync(definition, """{"foo":"bar"}""");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("Map state input must be an array but was: {\"foo\":\"bar\"}", result.Cause);
    }

    [Theory]
    [InlineData("{}", "The SecondsPath parameter does not reference an input value: $.wait")]
    [InlineData("""{"wait":-1}""", "The SecondsPath parameter references a negative value: $.wait == -1")]
    [InlineData("""{"wait":1.5}""", "The SecondsPath parameter cannot be parsed as a long value: $.wait == 1.5")]
    public async Task A_bad_SecondsPath_fails_with_AWS_cause(string input, string cause)
    {
        var result = await FailedAsync("""{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.wait","End":true}}}""", input);

        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("An error occurred while executing the state 'W' (entered at the event id #2). " + cause, result.Cause);
    }

    [Fact]
    public async Task SecondsPath_may_name_a_numeric_string()
    {
        var output = await OutputOfAsync("""{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.wait","End":true}}}""", """{"wait":"5"}""");

        Assert.Equal("""{"wait":"5"}""", output);
    }

    [Theory]
    [InlineData("2016-12-05 21:29:29Z")]
    [InlineData("2016-12-05T21:29:29")]
    [InlineData("2016-13-05T21:29:29Z")]
    public async Task A_bad_TimestampPath_fails_with_AWS_cause(string timestamp)
    {
        var result = await FailedAsync("""{"StartAt":"W","States":{"W":{"Type":"Wait","TimestampPath":"$.at","End":true}}}""", $$"""{"at":"{{timestamp}}"}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.EndsWith($"The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.at == {timestamp}", result.Cause);
    }

    [Fact]
    public async Task A_bad_JSONata_Timestamp_fails_with_QueryEvaluationError()
    {
        const string definition = """{"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Timestamp":"{% $states.input.at %}","End":true}}}""";

        var result = await FailedAsync(definition, """{"at":"05-12-2016T21:29:29Z"}""");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Equal("An error occurred while executing the state 'W' (entered at the event id #2). The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 05-12-2016T21:29:29Z", result.Cause);
    }

    [Theory]
    [InlineData("\"ErrorPath\":\"$.ErrorX\"", "ErrorPath", "$.ErrorX")]
    [InlineData("\"CausePath\":\"$.NoSuchCausePath\"", "CausePath", "$.NoSuchCausePath")]
    public async Task A_Fail_path_matching_nothing_fails_with_AWS_cause(string field, string name, string path)
    {
        var result = await FailedAsync("{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\"," + field + "}}}", """{"Error":"e"}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal($"An error occurred while executing the state 'F' (entered at the event id #2). The JSONPath '{path}' specified for the field '{name}' could not be found in the input '{{\"Error\":\"e\"}}'", result.Cause);
    }

    [Fact]
    public async Task A_Parameters_path_matching_nothing_fails_with_AWS_cause()
    {
        var result = await FailedAsync(Pass("\"Parameters\":{\"value.$\":\"$.no_such_jsonpath\"}"), """{"a":1}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("An error occurred while executing the state 'P' (entered at the event id #2). The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{\"a\":1}'", result.Cause);
    }

    [Fact]
    public async Task An_unquoted_word_in_a_filter_fails_the_state_with_States_Runtime()
    {
        var result = await FailedAsync(Pass("\"Parameters\":{\"v.$\":\"$.items[?(@.type == VENDOR)]\"}"), """{"items":[]}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("unquoted word VENDOR", result.Cause);
    }

    [Fact]
    public async Task A_bracket_after_a_dot_selects_as_on_AWS()
    {
        var output = await OutputOfAsync(Pass("\"Parameters\":{\"first.$\":\"$.[0].body\",\"states.$\":\"$.[*].['state']\"}"), """[{"body":"b","state":"s"}]""");

        Assert.Equal("""{"first":"b","states":["s"]}""", output);
    }

    [Fact]
    public async Task A_synchronous_EXPRESS_execution_has_an_express_ARN_and_no_RedriveCount_in_its_context()
    {
        using var engine = Create();
        var machine = engine.RegisterStateMachine("Fast", Read(Pass("\"Parameters\":{\"execution.$\":\"$$.Execution\"}")), type: "EXPRESS");

        var sync = await engine.StartSyncExecutionAsync(machine.StateMachineArn, "{}", "run-1");
        var asynchronous = engine.StartExpressExecution(machine.StateMachineArn, "{}", "run-2");

        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:express:Fast:run-1:", sync.ExecutionArn);
        var context = (Asl.Json.AslJsonObject)((Asl.Json.AslJsonObject)JsonText.Parse(sync.Output!))["execution"]!;
        Assert.Equal(sync.ExecutionArn, ((Asl.Json.AslJsonString)context["Id"]!).Value);
        Assert.Equal(["Id", "Input", "StartTime", "Name", "RoleArn"], context.Properties.Select(p => p.Name));
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:express:Fast:run-2:", asynchronous.ExecutionArn);
    }
}
