using System.Text.Json;

namespace Asl.Cli.Tests.RunServe;

/// <summary><c>asl run</c> in-process: the result document, exit codes, and unusable input.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_successful_run_prints_status_and_output_and_exits_0()
    {
        var path = _dir.Write("adder.asl.json", RunDefinitions.Adder);

        var run = CliRun.InProcess("run", path, "--input", """{"a": 2, "b": 3}""");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            {
              "status": "SUCCEEDED",
              "output": {
                "sum": 5
              }
            }

            """.ReplaceLineEndings("\n"), run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_failed_execution_is_a_result_with_error_and_cause_and_exits_0()
    {
        var path = _dir.Write("fails.asl.json", RunDefinitions.Fails);

        var run = CliRun.InProcess("run", path);
        var document = Parse(run);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("FAILED", document.GetProperty("status").GetString());
        Assert.Equal("Custom.Broken", document.GetProperty("error").GetString());
        Assert.Equal("it broke", document.GetProperty("cause").GetString());
        Assert.False(document.TryGetProperty("output", out _));
    }

    [Fact]
    public void A_Wait_of_an_hour_runs_on_the_virtual_clock_in_no_real_time()
    {
        var path = _dir.Write("wait.asl.json", RunDefinitions.WaitAnHour);
        var started = DateTime.UtcNow;

        var run = CliRun.InProcess("run", path, "--history");
        var history = Parse(run).GetProperty("history").EnumerateArray().ToArray();

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        Assert.Equal("\"done\"", Parse(run).GetProperty("output").GetRawText());
        Assert.Equal(3600m, history[^1].GetProperty("timestamp").GetDecimal() - history[0].GetProperty("timestamp").GetDecimal());
    }

    [Fact]
    public void Real_time_makes_a_Wait_take_real_time()
    {
        var path = _dir.Write("second.asl.json", RunDefinitions.WaitASecond);
        var started = DateTime.UtcNow;

        var run = CliRun.InProcess("run", path, "--real-time");

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9));
        Assert.Equal("SUCCEEDED", Parse(run).GetProperty("status").GetString());
        Assert.Equal("asl run: running on the real clock; press Ctrl+C to stop the execution.\n", run.Stderr);
    }

    [Fact]
    public void History_adds_the_events_in_GetExecutionHistory_shape()
    {
        var path = _dir.Write("adder.asl.json", RunDefinitions.Adder);

        var run = CliRun.InProcess("run", path, "--input", """{"a": 1, "b": 1}""", "--history");
        var history = Parse(run).GetProperty("history").EnumerateArray().ToArray();

        Assert.Equal(["ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"], history.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal("""{"a": 1, "b": 1}""".Replace(" ", ""), history[0].GetProperty("executionStartedEventDetails").GetProperty("input").GetString());
        Assert.Equal(2L, history[1].GetProperty("id").GetInt64());
    }

    [Fact]
    public void The_input_can_come_from_a_file()
    {
        var path = _dir.Write("adder.asl.json", RunDefinitions.Adder);
        var input = _dir.Write("input.json", """{"a": 40, "b": 2}""");

        var run = CliRun.InProcess("run", path, "--input-file", input);

        Assert.Equal(42, Parse(run).GetProperty("output").GetProperty("sum").GetInt32());
    }

    [Fact]
    public void An_invalid_definition_exits_2_and_prints_the_findings_as_asl_validate_does()
    {
        var path = _dir.Write("unknown.asl.json", Definitions.TwoUnknownFields);

        var run = CliRun.InProcess("run", path);
        var validate = CliRun.InProcess("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var findings = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(validate.Lines.SkipLast(1), findings.SkipLast(1));
        Assert.StartsWith($"{path}(3,3): error ASL1028: Field \"Timeout\"", findings[0]);
        Assert.Equal($"asl run: the definition cannot run; fix the errors above ('asl validate {path}' checks it).", findings[^1]);
    }

    [Fact]
    public void A_missing_definition_file_exits_2_with_the_unreadable_finding()
    {
        var path = Path.Combine(_dir.Path, "missing.asl.json");

        var run = CliRun.InProcess("run", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}: error ASL1094: The definition file \"{path}\" could not be read: The file does not exist.", run.Stderr);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_directory_instead_of_a_definition_exits_2()
    {
        var run = CliRun.InProcess("run", _dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("It is a directory; asl run takes one definition file.", run.Stderr);
    }

    [Fact]
    public void Input_that_is_not_JSON_exits_2_and_says_how_to_give_it()
    {
        var path = _dir.Write("adder.asl.json", RunDefinitions.Adder);

        var run = CliRun.InProcess("run", path, "--input", "{a: 1}");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("asl run: the execution input (--input) is not valid JSON: ", run.Stderr);
        Assert.Contains("Give a JSON value, for example --input '{\"key\": 1}'.", run.Stderr);
    }

    [Fact]
    public void A_missing_input_file_exits_2()
    {
        var path = _dir.Write("adder.asl.json", RunDefinitions.Adder);
        var input = Path.Combine(_dir.Path, "nope.json");

        var run = CliRun.InProcess("run", path, "--input-file", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"asl run: the input file '{input}' does not exist.\n", run.Stderr);
    }

    [Fact]
    public void Input_and_input_file_together_are_a_usage_error()
    {
        var path = _dir.Write("adder.asl.json", RunDefinitions.Adder);

        var run = CliRun.InProcess("run", path, "--input", "{}", "--input-file", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("asl: Give the input either with --input or with --input-file, not both.", run.Stderr);
    }

    [Fact]
    public void A_mocked_Lambda_task_returns_the_mocked_payload_of_the_chosen_test_case()
    {
        var path = _dir.Write("lookup.asl.json", RunDefinitions.LambdaTask);
        var mocks = _dir.Write("mocks.json", RunDefinitions.LookupMocks);

        var found = CliRun.InProcess("run", path, "--mock-config", mocks, "--test-case", "Found");
        var missing = CliRun.InProcess("run", path, "--mock-config", mocks, "--test-case", "Missing");

        Assert.Equal("""{"name":"Ada"}""", JsonSerializer.Serialize(Parse(found).GetProperty("output")));
        Assert.Equal("FAILED", Parse(missing).GetProperty("status").GetString());
        Assert.Equal("Lookup.NotFound", Parse(missing).GetProperty("error").GetString());
    }

    [Fact]
    public void With_several_test_cases_one_must_be_chosen()
    {
        var path = _dir.Write("lookup.asl.json", RunDefinitions.LambdaTask);
        var mocks = _dir.Write("mocks.json", RunDefinitions.LookupMocks);

        var run = CliRun.InProcess("run", path, "--mock-config", mocks);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("asl run: choose a test case of the mock configuration with --test-case; it defines: Found (state machine lookup), Missing (state machine lookup).\n", run.Stderr);
    }

    [Fact]
    public void An_unknown_test_case_exits_2_listing_the_defined_ones()
    {
        var path = _dir.Write("lookup.asl.json", RunDefinitions.LambdaTask);
        var mocks = _dir.Write("mocks.json", RunDefinitions.LookupMocks);

        var run = CliRun.InProcess("run", path, "--mock-config", mocks, "--test-case", "Other");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("asl run: the mock configuration has no test case 'Other' for the state machine 'lookup'; it defines: Found", run.Stderr);
    }

    [Fact]
    public void A_broken_mock_configuration_exits_2_saying_what_is_wrong()
    {
        var path = _dir.Write("lookup.asl.json", RunDefinitions.LambdaTask);
        var mocks = _dir.Write("mocks.json", """{"MockedResponses": {"R": {"zero": {"Return": 1}}}}""");

        var run = CliRun.InProcess("run", path, "--mock-config", mocks);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"asl run: The mock configuration '{mocks}' is not usable: In the mocked response 'R', the key 'zero' is not an invocation number", run.Stderr);
    }

    [Fact]
    public void A_task_without_a_handler_or_mock_fails_naming_the_resource()
    {
        var path = _dir.Write("lookup.asl.json", RunDefinitions.LambdaTask);

        var run = CliRun.InProcess("run", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("FAILED", Parse(run).GetProperty("status").GetString());
        Assert.Contains("Lookup", Parse(run).GetProperty("cause").GetString());
        Assert.Equal("asl run: no Lambda function or service runs here; mock the state's answer in a Step Functions Local mock configuration and pass it with --mock-config FILE.\n",
            run.Stderr.ReplaceLineEndings("\n"));
    }

    private const string Placeholders = """
        {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"table":"${OrdersTable}","topic":"${AlertsTopic}"},"End":true}}}
        """;

    [Fact]
    public void Substitution_options_fill_the_placeholders_as_DefinitionSubstitutions_do()
    {
        var path = _dir.Write("orders.asl.json", Placeholders);

        var run = CliRun.InProcess("run", path, "--substitution", "OrdersTable=orders", "--substitution", "AlertsTopic=arn:aws:sns:us-east-1:123456789012:a=b");

        Assert.Equal("""{"table":"orders","topic":"arn:aws:sns:us-east-1:123456789012:a=b"}""", Parse(run).GetProperty("output").GetRawText().Replace(" ", "").Replace("\n", ""));
    }

    [Fact]
    public void A_substitutions_file_gives_values_and_an_option_overrides_one()
    {
        var path = _dir.Write("orders.asl.json", Placeholders);
        var values = _dir.Write("values.json", """{"OrdersTable": "from-file", "AlertsTopic": 7}""");

        var run = CliRun.InProcess("run", path, "--substitutions", values, "--substitution", "OrdersTable=from-option");

        var output = Parse(run).GetProperty("output");
        Assert.Equal(("from-option", "7"), (output.GetProperty("table").GetString(), output.GetProperty("topic").GetString()));
    }

    [Fact]
    public void A_placeholder_without_a_value_is_left_as_written_and_named_with_the_option_that_fills_it()
    {
        var path = _dir.Write("orders.asl.json", Placeholders);

        var run = CliRun.InProcess("run", path, "--substitution", "OrdersTable=orders");

        Assert.Equal("${AlertsTopic}", Parse(run).GetProperty("output").GetProperty("topic").GetString());
        Assert.Equal("asl run: the definition has a placeholder without a value, left as written: ${AlertsTopic}. Give it with --substitution AlertsTopic=VALUE, or list them in a JSON file for --substitutions FILE.json.\n",
            run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_value_for_a_placeholder_the_definition_lacks_exits_2()
    {
        var path = _dir.Write("orders.asl.json", Placeholders);

        var run = CliRun.InProcess("run", path, "--substitution", "OrdersTable=a", "--substitution", "AlertsTopic=b", "--substitution", "OrderTable=typo");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no placeholder ${OrderTable}; its placeholders are ${AlertsTopic}, ${OrdersTable}.", run.Stderr);
    }

    [Theory]
    [InlineData("--substitution", "NoEquals", "--substitution 'NoEquals' is not NAME=VALUE")]
    [InlineData("--substitutions", "missing.json", "the substitutions file 'missing.json' does not exist.")]
    public void Unusable_substitution_options_exit_2_saying_what_is_wrong(string option, string value, string message)
    {
        var path = _dir.Write("orders.asl.json", Placeholders);

        var run = CliRun.InProcess("run", path, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void A_callback_that_never_comes_stops_the_execution_and_says_why()
    {
        var path = _dir.Write("forgotten.asl.json", RunDefinitions.ForgottenCallback);

        var run = CliRun.InProcess("run", path);
        var document = Parse(run);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ABORTED", document.GetProperty("status").GetString());
        Assert.Equal("Asl.ExecutionStalled", document.GetProperty("error").GetString());
        Assert.Contains("State 'StartChild' of 'arn:aws:states:us-east-1:123456789012:execution:forgotten:", run.Stderr);
        Assert.Contains("Mock the state with --mock-config, or run it under 'asl serve'", run.Stderr);
    }

    private static JsonElement Parse(CliRun run)
    {
        Assert.True(run.ExitCode == 0, $"asl run exited with {run.ExitCode}: {run.Stderr}");
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.Clone();
    }
}
