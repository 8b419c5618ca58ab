using Asl.Diagnostics;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>J11: Map Labels follow the Map Run naming rules and are unique in the machine.</summary>
public sealed class LabelTests
{
    private static string Labelled(string label) =>
        MapMachine(DistributedProcessor + ", \"Label\": \"" + label + "\"");

    [Theory]
    [InlineData("")]
    [InlineData("nightly orders")]
    [InlineData("orders\\tnightly")]
    [InlineData("orders/2024")]
    [InlineData("orders:nightly")]
    [InlineData("orders#1")]
    [InlineData("${orders")]
    [InlineData("bell\\u0007")]
    [InlineData("a-label-that-is-forty-one-characters-long")]
    public void Label_that_breaks_the_naming_rules_is_reported_at_Label(string label) =>
        AssertSingle(Labelled(label), AslRules.InvalidMapLabel, "/States/EachOrder/Label");

    [Fact]
    public void Label_message_names_the_offending_character()
    {
        var finding = AssertSingle(Labelled("orders#1"), AslRules.InvalidMapLabel, "/States/EachOrder/Label");
        Assert.Contains("contains the character '#'", finding.Message);
    }

    [Theory]
    [InlineData("nightly-orders_2024.v2")]
    [InlineData("a-label-that-is-exactly-forty-characters")]
    [InlineData("commandes-été")]
    [InlineData("${OrdersLabel}")]
    public void Label_that_follows_the_naming_rules_is_accepted(string label) =>
        AssertClean(Labelled(label));

    [Fact]
    public void Label_length_counts_characters_not_UTF16_units()
    {
        // 39 letters and one emoji: 40 characters but 41 UTF-16 code units.
        var label = new string('x', 39) + "\U0001F4E6";
        AssertClean(Labelled(label));
    }

    [Fact]
    public void Label_used_by_a_second_Map_is_reported_at_the_second_Label() => AssertSingle("""
        {
          "StartAt": "ImportOrders",
          "States": {
            "ImportOrders": {
              "Type": "Map", "Label": "orders",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                "StartAt": "Import", "States": { "Import": { "Type": "Pass", "End": true } }
              },
              "Next": "ReconcileOrders"
            },
            "ReconcileOrders": {
              "Type": "Map", "Label": "orders",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                "StartAt": "Reconcile", "States": { "Reconcile": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        """, AslRules.DuplicateMapLabel, "/States/ReconcileOrders/Label");

    [Fact]
    public void Label_of_a_nested_Map_counts_where_it_appears_in_the_text() => AssertSingle("""
        {
          "StartAt": "Outer",
          "States": {
            "Outer": {
              "Type": "Parallel",
              "Branches": [
                {
                  "StartAt": "Inner",
                  "States": {
                    "Inner": {
                      "Type": "Map", "Label": "orders",
                      "ItemProcessor": {
                        "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                        "StartAt": "Import", "States": { "Import": { "Type": "Pass", "End": true } }
                      },
                      "End": true
                    }
                  }
                }
              ],
              "Next": "Top"
            },
            "Top": {
              "Type": "Map", "Label": "orders",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                "StartAt": "Again", "States": { "Again": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        """, AslRules.DuplicateMapLabel, "/States/Top/Label");

    [Fact]
    public void Distinct_Labels_on_two_Maps_are_accepted() => AssertClean("""
        {
          "StartAt": "ImportOrders",
          "States": {
            "ImportOrders": {
              "Type": "Map", "Label": "import-orders",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                "StartAt": "Import", "States": { "Import": { "Type": "Pass", "End": true } }
              },
              "Next": "ReconcileOrders"
            },
            "ReconcileOrders": {
              "Type": "Map", "Label": "reconcile-orders",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                "StartAt": "Reconcile", "States": { "Reconcile": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        """);
}
