using Asl.Diagnostics;
using Asl.Model;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>J01–J05: processor, ProcessorConfig, item selection and concurrency of a Map.</summary>
public sealed class MapProcessorTests
{
    private const string LegacyIterator = """
        "Iterator": { "StartAt": "Legacy", "States": { "Legacy": { "Type": "Pass", "End": true } } }
        """;

    [Fact]
    public void Map_without_ItemProcessor_or_Iterator_is_reported_at_the_state() =>
        AssertSingle(MapMachine("\"ItemsPath\": \"$.orders\""), AslRules.MapWithoutItemProcessor, "/States/EachOrder");

    [Fact]
    public void Map_with_only_the_deprecated_Iterator_is_accepted() =>
        AssertClean(MapMachine(LegacyIterator));

    [Fact]
    public void Map_with_both_ItemProcessor_and_Iterator_is_reported_at_Iterator() =>
        AssertSingle(MapMachine(InlineProcessor + ", " + LegacyIterator), AslRules.MapWithItemProcessorAndIterator, "/States/EachOrder/Iterator");

    [Fact]
    public void ItemSelector_together_with_Map_Parameters_is_reported_at_Parameters() =>
        AssertSingle(MapMachine(InlineProcessor + """
            , "ItemSelector": { "order.$": "$$.Map.Item.Value" }, "Parameters": { "order.$": "$$.Map.Item.Value" }
            """), AslRules.MapWithItemSelectorAndParameters, "/States/EachOrder/Parameters");

    [Fact]
    public void ItemSelector_alone_is_accepted() =>
        AssertClean(MapMachine(InlineProcessor + """, "ItemSelector": { "order.$": "$$.Map.Item.Value" }"""));

    [Fact]
    public void Deprecated_Map_Parameters_alone_is_accepted() =>
        AssertClean(MapMachine(InlineProcessor + """, "Parameters": { "order.$": "$$.Map.Item.Value" }"""));

    [Fact]
    public void ProcessorConfig_Mode_outside_INLINE_and_DISTRIBUTED_is_reported_at_Mode()
    {
        var finding = AssertSingle(MapMachine("""
            "ItemProcessor": {
              "ProcessorConfig": { "Mode": "Distributed", "ExecutionType": "STANDARD" },
              "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
            }
            """), AslRules.InvalidProcessorConfigValue, "/States/EachOrder/ItemProcessor/ProcessorConfig/Mode");
        Assert.Contains("\"Distributed\"", finding.Message);
        Assert.Contains("INLINE or DISTRIBUTED", finding.Message);
    }

    [Fact]
    public void ProcessorConfig_ExecutionType_outside_STANDARD_and_EXPRESS_is_reported_at_ExecutionType() =>
        AssertSingle(MapMachine("""
            "ItemProcessor": {
              "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "SYNC" },
              "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
            }
            """), AslRules.InvalidProcessorConfigValue, "/States/EachOrder/ItemProcessor/ProcessorConfig/ExecutionType");

    [Fact]
    public void Distributed_mode_without_ExecutionType_is_reported_at_ProcessorConfig() =>
        AssertSingle(MapMachine("""
            "ItemProcessor": {
              "ProcessorConfig": { "Mode": "DISTRIBUTED" },
              "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
            }
            """), AslRules.DistributedMapWithoutExecutionType, "/States/EachOrder/ItemProcessor/ProcessorConfig");

    [Fact]
    public void Distributed_mode_with_express_children_is_accepted() =>
        AssertClean(MapMachine("""
            "ItemProcessor": {
              "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
              "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
            }
            """));

    [Fact]
    public void Inline_mode_needs_no_ExecutionType() =>
        AssertClean(MapMachine("""
            "ItemProcessor": {
              "ProcessorConfig": { "Mode": "INLINE" },
              "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
            }
            """));

    [Fact]
    public void ProcessorConfig_on_a_deprecated_Iterator_is_reported_at_that_ProcessorConfig()
    {
        var iterator = new ItemProcessor("Legacy", new[] { new NamedState("Legacy", new PassState { End = true }) })
        {
            ProcessorConfig = new ProcessorConfig { Mode = "DISTRIBUTED", ExecutionType = "STANDARD" },
        };
        var machine = new StateMachine("EachOrder", new[] { new NamedState("EachOrder", new MapState { Iterator = iterator, End = true }) });
        AssertSingle(Findings(machine), AslRules.ProcessorConfigInIterator, "/States/EachOrder/Iterator/ProcessorConfig");
    }

    [Theory]
    [InlineData("""{ "orders": [] }""")]
    [InlineData("\"orders\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void JSONata_Items_that_is_neither_an_array_nor_an_expression_is_reported_at_Items(string items) =>
        AssertSingle(MapMachine(InlineProcessor + ", \"Items\": " + items, QueryLanguages.JsonAta),
            AslRules.InvalidMapItems, "/States/EachOrder/Items");

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"{% $states.input.orders %}\"")]
    public void JSONata_Items_as_an_array_or_an_expression_is_accepted(string items) =>
        AssertClean(MapMachine(InlineProcessor + ", \"Items\": " + items, QueryLanguages.JsonAta));

    [Theory]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("\"10\"")]
    [InlineData("true")]
    public void MaxConcurrency_that_is_not_a_non_negative_whole_number_is_reported_at_MaxConcurrency(string value) =>
        AssertSingle(MapMachine(InlineProcessor + ", \"MaxConcurrency\": " + value),
            AslRules.InvalidMaxConcurrency, "/States/EachOrder/MaxConcurrency");

    [Theory]
    [InlineData("0")]
    [InlineData("40")]
    [InlineData("\"${OrderConcurrency}\"")]
    public void MaxConcurrency_as_a_whole_number_or_a_placeholder_is_accepted(string value) =>
        AssertClean(MapMachine(InlineProcessor + ", \"MaxConcurrency\": " + value));

    [Fact]
    public void MaxConcurrency_as_a_JSONata_expression_is_accepted_in_a_JSONata_state() =>
        AssertClean(MapMachine(InlineProcessor + """, "Items": [1, 2], "MaxConcurrency": "{% $states.input.limit %}" """, QueryLanguages.JsonAta));

    [Fact]
    public void JSONata_strings_and_Items_in_a_JSONPath_Map_are_left_to_the_query_language_rules() =>
        Assert.Empty(Findings(MapMachine(InlineProcessor + """, "Items": { "a": 1 }, "MaxConcurrency": "{% $states.input.limit %}" """)));

    [Fact]
    public void MaxConcurrency_together_with_MaxConcurrencyPath_is_reported_at_the_path() =>
        AssertSingle(MapMachine(InlineProcessor + """, "MaxConcurrency": 5, "MaxConcurrencyPath": "$.limit" """),
            AslRules.MaxConcurrencyAndPath, "/States/EachOrder/MaxConcurrencyPath");

    [Fact]
    public void MaxConcurrencyPath_alone_is_accepted() =>
        AssertClean(MapMachine(InlineProcessor + """, "MaxConcurrencyPath": "$.limit" """));
}
