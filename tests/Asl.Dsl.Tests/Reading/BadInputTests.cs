using System.Diagnostics;
using System.Text;
using Asl.Json;

namespace Asl.Dsl.Tests.Reading;

public class BadInputTests
{
    [Fact]
    public void Text_that_is_not_JSON_is_a_parse_failure_at_the_line_and_column_of_the_error()
    {
        var result = AslReader.Read("{\"StartAt\": \"A\",\n  \"States\": }");

        var finding = Findings.Single(result, "ASL1001", "");
        Assert.True(result.IsParseFailure);
        Assert.Null(result.Machine);
        Assert.Contains("line 2, column 13", finding.Message);
        Findings.At(result, finding, 2, 13);
    }

    [Theory]
    [InlineData("// a comment\n{}", 1, 1)]
    [InlineData("{\"StartAt\": \"A\", \"States\": {},}", 1, 31)]
    [InlineData("{} {}", 1, 4)]
    [InlineData("{\"StartAt\": 'A'}", 1, 13)]
    [InlineData("{\"StartAt\": \"A\u0001\"}", 1, 15)]
    [InlineData("{\"States\": {\n\"A\": {\"Type\": \"Pass\" \"End\": true}}}", 2, 22)]
    public void Syntax_errors_are_reported_at_their_position(string json, int line, int column)
    {
        var result = AslReader.Read(json);

        var finding = Findings.Single(result, "ASL1001", "");
        Assert.True(result.IsParseFailure);
        Findings.At(result, finding, line, column);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t\n")]
    public void Empty_text_is_reported_as_an_empty_definition(string json)
    {
        var result = AslReader.Read(json);

        Findings.Single(result, "ASL1002", "");
        Assert.True(result.IsParseFailure);
        Assert.Null(result.Machine);
    }

    [Fact]
    public void Empty_bytes_and_a_lone_byte_order_mark_are_empty_definitions()
    {
        Findings.Single(AslReader.Read(ReadOnlySpan<byte>.Empty), "ASL1002", "");
        Findings.Single(AslReader.Read("\uFEFF"u8), "ASL1002", "");
    }

    [Theory]
    [InlineData("[{\"StartAt\": \"A\"}]", "array")]
    [InlineData("\"StartAt\"", "string")]
    [InlineData("42", "number")]
    [InlineData("null", "null")]
    [InlineData("true", "boolean")]
    public void A_root_that_is_not_an_object_is_reported_and_gives_no_model(string json, string kind)
    {
        var result = AslReader.Read(json);

        var finding = Findings.Single(result, "ASL1003", "");
        Assert.Contains("a JSON " + kind, finding.Message);
        Assert.False(result.IsParseFailure);
        Assert.Null(result.Machine);
    }

    [Fact]
    public void Invalid_UTF8_is_a_parse_failure_at_the_offending_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"Comment\": \"é?\"}");
        bytes[^3] = 0xFF;

        var result = AslReader.Read(bytes);

        var finding = Findings.Single(result, "ASL1001", "");
        Assert.True(result.IsParseFailure);
        Assert.Contains("0xFF", finding.Message);
        Findings.At(result, finding, 2, 16);
    }

    [Fact]
    public void An_escaped_unpaired_surrogate_is_a_parse_failure_at_its_string()
    {
        var result = AslReader.Read("{\"StartAt\": \"A\", \"Comment\": \"\\ud800\"}");

        var finding = Findings.Single(result, "ASL1001", "");
        Findings.At(result, finding, 1, 29);
    }

    [Fact]
    public void A_string_that_starts_with_a_byte_order_mark_reads_like_one_without()
    {
        var json = Findings.MachineWith("""{"Type": "Succeed"}""");

        var result = AslReader.Read("\uFEFF" + json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(AslReader.Read(json).Machine, result.Machine);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped_and_columns_ignore_it()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"StartAt\": 1, \"States\": {}}")).ToArray();

        var result = AslReader.Read(bytes);

        var finding = Findings.Single(result, "ASL1022", "/StartAt");
        Findings.At(result, finding, 1, 2);
    }

    [Fact]
    public void A_definition_of_10_MB_is_read_in_linear_work_and_reported_as_too_long()
    {
        var (json, stateCount) = LargeDefinition(10_000_000);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();

        var result = AslReader.Read(json);

        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var finding = Findings.Single(result, "ASL1005", "");
        Assert.Contains(json.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), finding.Message);
        Assert.Equal(stateCount, result.Machine!.States.Count);
        // Allocation is a load-independent measure of work (about 20 bytes per input character today);
        // the time bound only catches a hang, since a shared test machine can be slow.
        Assert.True(allocated < 40L * json.Length, $"allocated {allocated:N0} bytes");
        Assert.True(stopwatch.ElapsedMilliseconds < 60_000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void A_UTF8_definition_over_the_limit_counts_characters_not_bytes()
    {
        // 600,000 two-byte characters: 1.2 MB of UTF-8 but under 1,048,576 characters.
        var json = Findings.MachineWith("""{"Type": "Succeed", "Comment": "X"}""").Replace("X", new string('é', 600_000));

        Assert.Empty(AslReader.Read(Encoding.UTF8.GetBytes(json)).Diagnostics);
    }

    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    public void Ten_thousand_levels_of_nesting_are_reported_without_overflowing_the_stack(char open)
    {
        var value = open == '['
            ? new string('[', 10_000) + new string(']', 10_000)
            : string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        var json = Findings.MachineWith($$"""{"Type": "Pass", "Result": {{value}}, "End": true}""");
        var stopwatch = Stopwatch.StartNew();

        var result = AslReader.Read(json);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("ASL1093", finding.Code);
        Assert.StartsWith("/States/S/Result/" + (open == '[' ? "0/0/" : "a/a/"), finding.Pointer);
        Assert.True(result.IsParseFailure);
        Assert.True(stopwatch.ElapsedMilliseconds < 1000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        // The root object, States and the state are three levels; Result's arrays make up the other 509.
        const int arrays = 512 - 3;
        var json = Findings.MachineWith($$"""{"Type": "Pass", "Result": {{new string('[', arrays)}}{{new string(']', arrays)}}, "End": true}""");

        var result = AslReader.Read(json);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Machine);
        Assert.Equal("ASL1093", AslReader.Read(json.Replace("[]", "[[]]")).Diagnostics.Single().Code);
    }

    [Fact]
    public void A_number_where_a_string_belongs_is_reported_and_the_rest_is_read()
    {
        var result = AslReader.Read("""{"StartAt": "S", "States": {"S": {"Type": "Task", "Resource": 5, "Next": 7, "End": true}}}""");

        Assert.Equal(
            new[] { ("ASL1090", "/States/S/Resource"), ("ASL1090", "/States/S/Next") },
            result.Diagnostics.Select(d => (d.Code, d.Pointer)));
        var task = Assert.IsType<Asl.Model.TaskState>(result.Machine!.States[0].State);
        Assert.Equal("", task.Resource);
        Assert.Null(task.Next);
        Assert.True(task.End);
    }

    [Fact]
    public void A_missing_file_is_a_finding_not_an_exception()
    {
        var result = AslReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "machine.asl.json"));

        Findings.Single(result, "ASL1094", "");
        Assert.True(result.IsParseFailure);
        Assert.Null(result.Machine);
    }

    [Fact]
    public void A_directory_path_is_a_finding_not_an_exception()
    {
        Findings.Single(AslReader.ReadFile(Path.GetTempPath()), "ASL1094", "");
    }

    private static (string Json, int StateCount) LargeDefinition(int minimumLength)
    {
        var text = new StringBuilder(minimumLength + 200);
        text.Append("{\"StartAt\": \"S0\", \"States\": {\n");
        var i = 0;
        while (text.Length < minimumLength)
        {
            text.Append("  \"S").Append(i).Append("\": {\"Type\": \"Pass\", \"Result\": {\"values\": [1, 2.5, \"text\", true, null]}, \"Next\": \"S")
                .Append(i + 1).Append("\"},\n");
            i++;
        }
        text.Append("  \"S").Append(i).Append("\": {\"Type\": \"Succeed\"}\n}}");
        return (text.ToString(), i + 1);
    }
}
