using Asl.Generators.Tests.Evaluation;
using System.Text.Json.Nodes;

namespace Asl.Generators.Tests;

/// <summary>
/// Text built from dynamic values (concatenation, interpolation, string.Concat, string.Format) becomes
/// States.Format in JSONPath and a JSONata concatenation in JSONata; the private-use marker never reaches the output.
/// </summary>
public class DynamicTextTests
{
    /// <summary>The request of an SNS Publish state whose other members are <paramref name="payload"/>'s (an anonymous object).</summary>
    private static JsonNode Parameters(string payload, string attribute = "[StateMachine]", string field = "Parameters", string call = "Request")
    {
        var request = payload.Replace("new {", "new { TopicArn = \"${TopicArn}\",");
        var machine = Machines.Run(Machines.Source($$"""
            public static Workflow Define() => Workflow.StartWith(Task("Notify", "arn:aws:states:::sns:publish").{{call}}({{request}}));
            """, attribute: attribute)).Clean();
        var text = machine.Definition!.ToJsonString();
        Assert.DoesNotContain('\uE000', text);
        Assert.DoesNotContain('\uE001', text);
        return machine.State("Notify")[field]!;
    }

    [Theory]
    [InlineData("""new { Subject = "Your order " + Input.At("$.OrderId") + " has shipped" }""")]
    [InlineData("""new { Subject = $"Your order {Input.At("$.OrderId")} has shipped" }""")]
    [InlineData("""new { Subject = string.Concat("Your order ", Input.At("$.OrderId"), " has shipped") }""")]
    [InlineData("""new { Subject = string.Format("Your order {0} has shipped", Input.At("$.OrderId")) }""")]
    public void Text_around_a_dynamic_value_becomes_States_Format_in_JSONPath(string payload)
    {
        var parameters = Parameters(payload);

        Assert.Equal("States.Format('Your order {} has shipped', $.OrderId)", (string?)parameters["Subject.$"]);
        Assert.Null(parameters["Subject"]);
    }

    [Fact]
    public void Text_around_a_dynamic_value_becomes_a_concatenation_in_JSONata()
    {
        var arguments = Parameters("""new { Subject = "Your order " + Input.At("$.OrderId") + " has shipped" }""", "[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]", "Arguments");

        Assert.Equal("{% 'Your order ' & $states.input.OrderId & ' has shipped' %}", (string?)arguments["Subject"]);
    }

    [Fact]
    public void Braces_quotes_and_several_dynamic_values_are_escaped_for_each_language()
    {
        const string Payload = """new { Text = "{" + Input.At("$.a") + "} it's " + Context.ExecutionName + "\\" }""";

        Assert.Equal("States.Format('\\{{}\\} it\\'s {}\\\\', $.a, $$.Execution.Name)", (string?)Parameters(Payload)["Text.$"]);
        Assert.Equal("{% '{' & $states.input.a & '} it\\u0027s ' & $states.context.Execution.Name & '\\\\' %}",
            (string?)Parameters(Payload, "[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]", "Arguments")["Text"]);
    }

    [Fact]
    public void A_dynamic_value_alone_in_a_member_is_a_path_in_JSONPath_and_an_expression_in_JSONata()
    {
        Assert.Equal("$.order.id", (string?)Parameters("""new { Id = Input.At("$.order.id") }""")["Id.$"]);
        Assert.Equal("{% $states.input.order.id %}", (string?)Parameters("""new { Id = Input.At("$.order.id") }""", "[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]", "Arguments")["Id"]);
    }

    [Theory]
    [InlineData("""Intrinsic.Format("{}-{}", Input.At("$.a"), 7)""", "{% ($states.input.a & '-' & 7) %}")]
    [InlineData("""Intrinsic.ArrayLength(Input.At("$.items"))""", "{% $count($states.input.items) %}")]
    [InlineData("""Intrinsic.MathAdd(Input.At("$.n"), 1)""", "{% ($states.input.n + 1) %}")]
    [InlineData("""Intrinsic.Uuid()""", "{% $uuid() %}")]
    [InlineData("""Context.StateName""", "{% $states.context.State.Name %}")]
    [InlineData("""Input.At("$['a b'][0]")""", "{% $states.input.`a b`[0] %}")]
    public void Intrinsics_and_paths_translate_to_JSONata(string value, string expected) =>
        Assert.Equal(expected, (string?)Parameters($"new {{ Value = {value} }}", "[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]", "Arguments")["Value"]);

    [Fact]
    public void A_dynamic_value_with_no_JSONata_form_is_a_diagnostic_on_that_member()
    {
        var source = Machines.Source("""
            public static Workflow Define() => Workflow.StartWith(Pass("Pick").Output(new { Ok = "fine", Cheap = Input.At("$.items[?(@.price < 10)]") }));
            """, attribute: "[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]");
        var machine = Machines.Run(source);

        var diagnostic = machine.Single("ASL0003");
        Assert.Equal("Input.At(\"$.items[?(@.price < 10)]\")", machine.Spanned(diagnostic));
        Assert.Contains("cannot be used in a JSONata state", diagnostic.GetMessage());
        Assert.Empty(machine.CompilerErrors);
    }
}
