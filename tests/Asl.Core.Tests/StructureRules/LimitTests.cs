using Asl.Diagnostics;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>N03, N04 (inline Map history), N07, N08 and N09: AWS quotas that literal values already break.</summary>
public sealed class LimitTests
{
    /// <summary>A JSON string of exactly <paramref name="bytes"/> UTF-8 bytes, quotes included.</summary>
    private static string StringOfBytes(int bytes) => "\"" + new string('x', bytes - 2) + "\"";

    [Fact]
    public void Result_over_256_KiB_is_reported_at_Result()
    {
        // {"data":"xxx..."} = 2 braces + 6 ("data") + 1 colon + the string.
        var finding = AssertSingle(PassMachine("\"Result\": { \"data\": " + StringOfBytes(262_144 - 9 + 1) + " }"),
            AslRules.PayloadTooLarge, "/States/Fixed/Result");
        Assert.Contains("at least 262,145 bytes", finding.Message);
    }

    [Fact]
    public void Result_of_exactly_256_KiB_is_accepted() =>
        AssertClean(PassMachine("\"Result\": { \"data\": " + StringOfBytes(262_144 - 9) + " }"));

    [Fact]
    public void Size_counts_UTF8_bytes_not_characters()
    {
        // 131,072 'é' are 262,144 bytes, plus two quotes.
        var json = PassMachine("\"Result\": \"" + new string('é', 131_072) + "\"");
        AssertSingle(json, AslRules.PayloadTooLarge, "/States/Fixed/Result");
    }

    [Fact]
    public void Dynamic_values_of_a_JSONPath_template_do_not_count() =>
        AssertClean(TaskMachine("\"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": { \"big.$\": \"$." + new string('x', 262_144) + "\" }"));

    [Fact]
    public void Static_values_of_a_JSONPath_template_count() =>
        AssertSingle(TaskMachine("\"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": { \"big\": " + StringOfBytes(262_144) + " }"),
            AslRules.PayloadTooLarge, "/States/Work/Parameters");

    [Fact]
    public void JSONata_expressions_do_not_count_but_literal_Arguments_do()
    {
        var expression = "\"{% '" + new string('x', 262_144) + "' %}\"";
        AssertAbsent(TaskMachine("\"Resource\": \"arn:aws:states:::lambda:invoke\", \"Arguments\": { \"big\": " + expression + " }", "JSONata"), AslRules.PayloadTooLarge);
        AssertSingle(TaskMachine("\"Resource\": \"arn:aws:states:::lambda:invoke\", \"Arguments\": { \"big\": " + StringOfBytes(262_144) + " }", "JSONata"),
            AslRules.PayloadTooLarge, "/States/Work/Arguments");
    }

    [Fact]
    public void Catcher_Output_over_256_KiB_is_reported_at_the_Catcher_Output()
    {
        var json = TaskMachine("\"Resource\": \"arn:aws:states:::lambda:invoke\", \"Catch\": [ { \"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Work\", \"Output\": " + StringOfBytes(262_145) + " } ]", "JSONata");
        var finding = AssertSingle(json, AslRules.PayloadTooLarge, "/States/Work/Catch/0/Output");
        Assert.StartsWith("\"Catch[0].Output\" of state \"Work\"", finding.Message);
    }

    [Fact]
    public void Assign_whose_variables_together_exceed_256_KiB_is_reported_at_Assign() =>
        AssertSingle(PassMachine("\"Assign\": { \"first\": " + StringOfBytes(140_000) + ", \"second\": " + StringOfBytes(140_000) + " }"),
            AslRules.AssignTooLarge, "/States/Fixed/Assign");

    [Fact]
    public void Assign_with_one_literal_variable_over_256_KiB_is_left_to_the_variable_rule() =>
        AssertAbsent(PassMachine("\"Assign\": { \"cache\": " + StringOfBytes(262_145) + " }"), AslRules.AssignTooLarge);

    [Fact]
    public void Assign_just_under_256_KiB_is_accepted() =>
        AssertClean(PassMachine("\"Assign\": { \"first\": " + StringOfBytes(131_000) + ", \"second\": " + StringOfBytes(131_000) + " }"));

    [Fact]
    public void JSONata_expression_nested_deeper_than_100_is_a_warning_at_the_string()
    {
        var deep = "{% " + new string('(', 101) + "1" + new string(')', 101) + " %}";
        var finding = AssertSingle(PassMachine($"\"Output\": {{ \"value\": \"{deep}\" }}", "JSONata"),
            AslRules.JsonAtaNestingTooDeep, "/States/Fixed/Output/value");
        Assert.Contains("nests brackets 101 levels deep", finding.Message);
    }

    [Fact]
    public void JSONata_expression_nested_100_deep_and_brackets_inside_strings_are_accepted()
    {
        var atLimit = "{% " + new string('(', 100) + "1" + new string(')', 100) + " %}";
        AssertClean(PassMachine($"\"Output\": \"{atLimit}\"", "JSONata"));
        var quoted = "{% '" + new string('(', 200) + "' %}";
        AssertClean(PassMachine($"\"Output\": \"{quoted}\"", "JSONata"));
    }

    [Fact]
    public void Deep_brackets_in_a_JSONPath_state_are_plain_text() =>
        AssertClean(PassMachine("\"Result\": \"{% " + new string('[', 150) + " %}\""));

    private static string InlineMapOver(int items, string language = "JSONata") => $$"""
        {
          "QueryLanguage": "{{language}}",
          "StartAt": "Each",
          "States": {
            "Each": {
              "Type": "Map", "End": true,
              "Items": [ {{string.Join(", ", Enumerable.Repeat("1", items))}} ],
              "ItemProcessor": {
                "StartAt": "First",
                "States": { "First": { "Type": "Pass", "Next": "Second" }, "Second": { "Type": "Succeed" } }
              }
            }
          }
        }
        """;

    [Fact]
    public void Inline_Map_over_a_literal_array_too_large_for_the_history_is_a_warning_at_Items()
    {
        // Each iteration: 2 iteration events + 2 events for each of the 2 states = 6 events; 4,167 x 6 = 25,002.
        var finding = AssertSingle(InlineMapOver(4_167), AslRules.InlineMapHistoryTooLarge, "/States/Each/Items");
        Assert.Contains("at least 25,002 history events", finding.Message);
    }

    [Fact]
    public void Inline_Map_that_fits_the_history_or_runs_in_an_express_machine_is_accepted()
    {
        AssertClean(InlineMapOver(4_166));
        AssertClean(InlineMapOver(4_167), Express);
    }

    private static string DistributedMap(string fields) => $$"""
        {
          "StartAt": "Each",
          "States": {
            "Each": {
              "Type": "Map", "End": true, {{fields}},
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                "StartAt": "Handle", "States": { "Handle": { "Type": "Succeed" } }
              }
            }
          }
        }
        """;

    [Fact]
    public void Distributed_Map_concurrency_over_10000_is_a_warning_at_MaxConcurrency() =>
        AssertSingle(DistributedMap("\"MaxConcurrency\": 10001"), AslRules.DistributedConcurrencyTooHigh, "/States/Each/MaxConcurrency");

    [Fact]
    public void Distributed_Map_concurrency_of_10000_is_accepted() => AssertClean(DistributedMap("\"MaxConcurrency\": 10000"));

    private static string CsvReader(int headerCount, int headerLength) => DistributedMap($$"""
        "ItemReader": {
          "Resource": "arn:aws:states:::s3:getObject",
          "Parameters": { "Bucket": "b", "Key": "k.csv" },
          "ReaderConfig": {
            "InputType": "CSV", "CSVHeaderLocation": "GIVEN",
            "CSVHeaders": [ {{string.Join(", ", Enumerable.Range(0, headerCount).Select(i => "\"" + i.ToString("D4") + new string('h', headerLength - 4) + "\""))}} ]
          }
        }
        """);

    [Fact]
    public void CSV_headers_over_10_KiB_are_reported_at_CSVHeaders()
    {
        // 512 names of 20 bytes and 511 commas: 10,751 bytes.
        var finding = AssertSingle(CsvReader(512, 20), AslRules.CsvHeaderTooLarge, "/States/Each/ItemReader/ReaderConfig/CSVHeaders");
        Assert.Contains("10,751 bytes", finding.Message);
    }

    [Fact]
    public void CSV_headers_up_to_10_KiB_are_accepted() => AssertClean(CsvReader(100, 20));
}
