using System.Diagnostics;

namespace Asl.Cli.Tests;

/// <summary><c>asl jsonata</c>: one expression from the command line, or requests and answers as JSON lines.</summary>
public sealed class JsonAtaCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_result_is_printed_as_JSON_and_the_exit_code_is_0()
    {
        var run = CliRun.InProcess("jsonata", "$map([1, 2, 3], function($v) { $v * 2 }) ~> $sum()");

        Assert.Equal((0, "12\n", ""), (run.ExitCode, run.Stdout, run.Stderr));
    }

    [Fact]
    public void The_input_is_read_from_JSON_text_or_from_a_file()
    {
        var file = _dir.Write("input.json", """{"items": [{"price": 2}, {"price": 3}]}""");

        Assert.Equal("5\n", CliRun.InProcess("jsonata", "$sum(items.price)", "--input", file).Stdout);
        Assert.Equal("\"Ada\"\n", CliRun.InProcess("jsonata", "name", "--input", """{"name": "Ada"}""").Stdout);
    }

    [Fact]
    public void Bindings_give_variables_such_as_states()
    {
        var run = CliRun.InProcess("jsonata", "$states.input.total > $limit", "--bindings", """{"states": {"input": {"total": 12}}, "limit": 10}""");

        Assert.Equal((0, "true\n"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void An_undefined_result_prints_undefined()
        => Assert.Equal((0, "undefined\n"), (CliRun.InProcess("jsonata", "$states.input.missing").ExitCode, CliRun.InProcess("jsonata", "$states.input.missing").Stdout));

    [Fact]
    public void An_error_prints_the_JSONata_code_and_message_and_exits_1()
    {
        var run = CliRun.InProcess("jsonata", "1 + 'a'");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("T2002: The right side of the \"+\" operator must evaluate to a number (at character 3)\n", run.Stderr);
    }

    [Fact]
    public void A_syntax_error_prints_its_S0_code()
        => Assert.StartsWith("S0203: Expected \")\" before end of expression", CliRun.InProcess("jsonata", "$sum(1").Stderr);

    [Fact]
    public void Eval_is_not_there_as_in_Step_Functions()
        => Assert.StartsWith("T1006: Attempted to invoke a non-function", CliRun.InProcess("jsonata", "$eval('1')").Stderr);

    [Theory]
    [InlineData("jsonata")]
    [InlineData("jsonata", "--jsonl", "1 + 1")]
    public void A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var run = CliRun.InProcess(args);

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Input_that_is_neither_a_file_nor_JSON_is_an_input_error()
    {
        var run = CliRun.InProcess("jsonata", "$", "--input", "no-such-file.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--input is neither a file nor valid JSON text", run.Stderr);
    }

    [Fact]
    public void JSON_lines_get_one_answer_each()
    {
        var requests = string.Join("\n",
            """{"id": 1, "expr": "$"}""",
            """{"id": 2, "expr": "$", "data": null}""",
            """{"id": "three", "expr": "a.b", "data": {"a": {"b": [1, 2]}}}""",
            """{"id": 4, "expr": "function($x) { $x }"}""",
            """{"id": 5, "expr": "$x * 2", "bindings": {"x": 21}}""",
            """{"id": 6, "expr": "1 + 'a'"}""",
            "",
            """{"id": 7, "expr": "[1, function() { 1 }, {'f': $sum}]"}""");

        var run = CliRun.WithInput(requests, "jsonata", "--jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
        [
            """{"id":1,"undefined":true}""",
            """{"id":2,"result":null}""",
            """{"id":"three","result":[1,2]}""",
            """{"id":4,"undefined":true}""",
            """{"id":5,"result":42}""",
            """{"id":6,"error":"T2002","message":"The right side of the \"+\" operator must evaluate to a number"}""",
            """{"id":7,"result":[1,null,{}]}""",
        ], run.Lines);
    }

    [Theory]
    [InlineData("not json", """{"id":null,"error":"InvalidRequest",""")]
    [InlineData("[1]", """{"id":null,"error":"InvalidRequest","message":"The request must be a JSON object""")]
    [InlineData("""{"id": 9}""", """{"id":9,"error":"InvalidRequest","message":"The request has no \"expr\" string""")]
    [InlineData("""{"id": 9, "expr": "1", "bindings": [1]}""", """{"id":9,"error":"InvalidRequest","message":"\"bindings\" must be a JSON object""")]
    public void A_malformed_request_gets_an_answer_and_the_loop_goes_on(string request, string answerStart)
    {
        var run = CliRun.WithInput(request + "\n{\"id\": 10, \"expr\": \"1\"}\n", "jsonata", "--jsonl");

        Assert.StartsWith(answerStart, run.Lines[0]);
        Assert.Equal("""{"id":10,"result":1}""", run.Lines[1]);
    }

    [Fact]
    public async Task Each_answer_is_written_before_the_next_request_is_read()
    {
        var asl = Path.Combine(AppContext.BaseDirectory, "asl.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(asl);
        start.ArgumentList.Add("jsonata");
        start.ArgumentList.Add("--jsonl");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        await process.StandardInput.WriteLineAsync("""{"id": 1, "expr": "1 + 1"}""");
        await process.StandardInput.FlushAsync();
        Assert.Equal("""{"id":1,"result":2}""", await process.StandardOutput.ReadLineAsync(timeout.Token));

        await process.StandardInput.WriteLineAsync("""{"id": 2, "expr": "$uppercase('é')"}""");
        await process.StandardInput.FlushAsync();
        Assert.Equal("""{"id":2,"result":"É"}""", await process.StandardOutput.ReadLineAsync(timeout.Token));

        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }
}
