using System.Text;
using System.Text.Json;

namespace Asl.Cli.Tests;

/// <summary>Input that is not a definition at all: each gets a clear finding with a location, the right exit code and no trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Text_that_is_not_json_exits_2_with_ASL1001_where_parsing_stopped()
    {
        var path = _dir.Write("broken.asl.json", "{\n  \"StartAt\": \"A\",\n  \"States\": {,\n}");

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}(3,14): error ASL1001: The definition is not valid JSON", run.Lines[0]);
        Assert.Equal("1 file checked: 0 valid, 0 invalid, 1 not checked; 1 error.", run.Lines[^1]);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n")]
    public void An_empty_file_exits_2_with_ASL1002(string content)
    {
        var path = _dir.Write("empty.asl.json", content);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}(1,1): error ASL1002: The definition is empty.", run.Lines[0]);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Invalid_utf8_exits_2_with_ASL1001_at_the_bad_byte()
    {
        // "café" written in Latin-1: the 0xE9 byte is not UTF-8.
        byte[] content = [.. "{\n  \"Comment\": \"caf"u8, 0xE9, .. "\",\n  \"StartAt\": \"A\",\n  \"States\": { \"A\": { \"Type\": \"Pass\", \"End\": true } }\n}"u8];
        var path = _dir.WriteBytes("latin1.asl.json", content);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}\(2,\d+\): error ASL1001: ", run.Lines[0]);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var path = _dir.WriteBytes("bom.asl.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Definitions.Valid)]);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_ten_megabyte_definition_is_read_and_reported_as_too_long()
    {
        var big = new string('x', 10 * 1024 * 1024);
        var path = _dir.Write("big.asl.json", $$"""
            {
              "StartAt": "Big",
              "States": { "Big": { "Type": "Pass", "Result": "{{big}}", "End": true } }
            }
            """);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}(1,1): error ASL1005: The definition has 10,485,8", run.Lines[0]);
        Assert.Contains("more than the 1,048,576 that AWS accepts", run.Lines[0]);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_file_over_64_MiB_is_not_read_and_exits_2_with_ASL1094()
    {
        var path = Path.Combine(_dir.Path, "huge.asl.json");
        using (var file = File.Create(path)) file.SetLength(64L * 1024 * 1024 + 1);

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: error ASL1094: The definition file \"{path}\" could not be read: It is larger than the 67,108,864 bytes asl reads; a definition may hold at most 1,048,576 characters. Check the path and the file's permissions.", run.Lines[0]);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_exit_2_with_ASL1093_at_the_level_too_deep()
    {
        var path = _dir.Write("deep.asl.json", "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":"
            + new string('[', 10_000) + new string(']', 10_000) + ",\"End\":true}}}");

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(2, run.ExitCode);
        var finding = Assert.Single(run.Lines.SkipLast(1));
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}\(1,\d+\): error ASL1093: The JSON is nested more than 512 levels deep", finding);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_number_where_a_string_belongs_exits_1_with_ASL1090_at_the_field()
    {
        var path = _dir.Write("number.asl.json", """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": 42, "End": true }
              }
            }
            """);

        var run = CliRun.InProcess("validate", "--format", "json", path);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var findings = document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var wrongType = Assert.Single(findings, f => f.GetProperty("code").GetString() == "ASL1090");
        Assert.Equal("/States/Call/Resource", wrongType.GetProperty("pointer").GetString());
        Assert.Equal(4, wrongType.GetProperty("line").GetInt32());
        Assert.Equal(31, wrongType.GetProperty("column").GetInt32());
        Assert.Contains("\"Resource\" is the number 42", wrongType.GetProperty("message").GetString());
    }

    [Fact]
    public void A_missing_file_exits_2_with_ASL1094_naming_the_path()
    {
        var path = Path.Combine(_dir.Path, "nowhere.asl.json");

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: error ASL1094: The definition file \"{path}\" could not be read: The file does not exist. Check the path and the file's permissions.", run.Lines[0]);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_an_invalid_definition_not_an_input_error()
    {
        var path = _dir.Write("array.asl.json", "[1, 2]");

        var run = CliRun.InProcess("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}(1,1): error ASL1003: ", run.Lines[0]);
    }

    [Fact]
    public void A_path_with_a_nul_character_is_reported_not_thrown()
    {
        var run = CliRun.InProcess("validate", "bad\0name.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error ASL1094: ", run.Lines[0]);
        run.AssertNoStackTrace();
    }
}
