using Asl.Diagnostics;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>E01 and E03: a Pass state's Result is any JSON, copied as it is.</summary>
public sealed class PassTests
{
    [Theory]
    [InlineData("{ \"a\": [1, 2.5, null, true], \"b\": { \"c\": \"text\" } }")]
    [InlineData("[]")]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{ \"price\": \"$5\", \"note\": \"costs $ 5\" }")]
    public void Result_may_be_any_JSON_value(string result)
    {
        AssertClean(PassMachine($"\"Result\": {result}"));
        AssertClean(PassMachine($"\"Result\": {result}", "JSONata"));
    }

    [Fact]
    public void Result_key_ending_in_dollar_is_a_warning_at_the_key()
    {
        var finding = AssertSingle(PassMachine("\"Result\": { \"order\": { \"id.$\": \"$.orderId\" } }"),
            AslRules.PassResultIsStatic, "/States/Fixed/Result/order/id.$");
        Assert.StartsWith("The key \"id.$\" in the \"Result\" of Pass state \"Fixed\"", finding.Message);
    }

    [Theory]
    [InlineData("\"$.orderId\"", "The path")]
    [InlineData("\"$$.Execution.Id\"", "The path")]
    [InlineData("\"$\"", "The path")]
    [InlineData("\"States.Format('id-{}', $.id)\"", "The intrinsic function call")]
    public void Result_value_that_looks_like_a_path_or_intrinsic_is_a_warning_at_the_value(string value, string what)
    {
        var finding = AssertSingle(PassMachine($"\"Result\": {{ \"items\": [ \"plain\", {value} ] }}"),
            AslRules.PassResultIsStatic, "/States/Fixed/Result/items/1");
        Assert.StartsWith(what, finding.Message);
    }

    [Fact]
    public void Parameters_with_dollar_keys_are_not_Result() =>
        AssertClean(PassMachine("\"Parameters\": { \"id.$\": \"$.orderId\" }"));
}
