using Asl.Generators.Tests.Evaluation;
using System.Text.Json.Nodes;

namespace Asl.Generators.Tests;

/// <summary>
/// The typed builders write the fields of the state's effective query language (Arguments and JSONata expressions,
/// or Parameters and ".$" members), keep the child-input check and the template wiring in both, and a call of the
/// other language's method is ASL0015 on that call, naming the method to use.
/// </summary>
public class QueryLanguageBuilderTests
{
    private const string Child = """
        public sealed record ChildInput(bool NeedCallback, string? TaskToken = null);

        [StateMachine(Name = "Child")]
        public partial class ChildWorkflow : IStateMachine<ChildInput, string>
        {
            public static Workflow Define() => Workflow.StartWith(Pass("Done"));
        }
        """;

    private const string JsonAta = "[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]";

    private static Machines.Result Run(string define, string attribute = JsonAta) =>
        Machines.Run(Machines.Source("public static Workflow Define() => " + define + ";", Child, attribute));

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected:\n{expected}\nActual:\n{actual}");

    [Fact]
    public void LambdaInvoke_writes_Arguments_in_a_JSONata_state()
    {
        var machine = Run("""Workflow.StartWith(LambdaInvoke("Charge", "${ChargeArn}").Payload(new { Order = Input.At("$.order"), Token = Context.TaskToken }).WaitForTaskToken())""").Clean();

        AssertJson("""{ "FunctionName": "${ChargeArn}", "Payload": { "Order": "{% $states.input.order %}", "Token": "{% $states.context.Task.Token %}" } }""", machine.State("Charge")["Arguments"]);
        Assert.Null(machine.State("Charge")["Parameters"]);
    }

    [Fact]
    public void LambdaInvoke_without_a_payload_passes_the_whole_input_in_either_language()
    {
        Assert.Equal("{% $states.input %}", (string?)Run("""Workflow.StartWith(LambdaInvoke("Charge", "charge"))""").Clean().State("Charge")["Arguments"]!["Payload"]);
        Assert.Equal("$", (string?)Run("""Workflow.StartWith(LambdaInvoke("Charge", "charge"))""", "[StateMachine]").Clean().State("Charge")["Parameters"]!["Payload.$"]);
    }

    [Fact]
    public void A_state_of_its_own_language_in_a_machine_of_the_other_uses_its_own()
    {
        var machine = Run("""Workflow.StartWith(LambdaInvoke("Charge", "charge").QueryLanguage(QueryLanguage.JsonAta).Payload(new { Id = Input.At("$.id") }))""", "[StateMachine]").Clean();

        AssertJson("""{ "FunctionName": "charge", "Payload": { "Id": "{% $states.input.id %}" } }""", machine.State("Charge")["Arguments"]);
    }

    [Fact]
    public void StartExecution_of_a_child_writes_Arguments_and_wires_the_template_in_a_JSONata_state()
    {
        var source = Machines.Source("""
            public static Workflow Define() => Workflow.StartWith(StartExecution<ChildWorkflow>("Start child").WaitForTaskToken()
                .Input(new ChildInput(true, TaskToken: Context.TaskToken)).ExecutionName(Input.At("$.id")).AssociateWithParent());
            """, Child, JsonAta);
        var (result, _) = GeneratorHarness.Run(source);
        var machine = Machines.Run(source).Clean();

        AssertJson("""
            {
              "StateMachineArn": "${ChildArn}",
              "Input": { "NeedCallback": true, "TaskToken": "{% $states.context.Task.Token %}", "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID": "{% $states.context.Execution.Id %}" },
              "Name": "{% $states.input.id %}"
            }
            """, machine.State("Start child")["Arguments"]);
        var generated = result.GeneratedTrees.Single(t => t.ToString().Contains("partial class Flow")).ToString();
        Assert.Contains("""new global::Asl.Substitution("ChildArn", "Child", static () => global::ChildWorkflow.Info, global::Asl.IntegrationPattern.WaitForTaskToken)""", generated);
    }

    [Fact]
    public void StartExecution_checks_the_child_input_type_in_a_JSONata_state_and_names_the_member()
    {
        var machine = Run("""Workflow.StartWith(StartExecution<ChildWorkflow>("Start").Input(new { NeedCallback = "yes" }))""");

        var diagnostic = machine.Single("ASL0004");
        Assert.Equal("new { NeedCallback = \"yes\" }", machine.Spanned(diagnostic));
        Assert.Contains("the anonymous object's member 'NeedCallback' is string, but ChildInput.NeedCallback is bool", diagnostic.GetMessage());
    }

    [Fact]
    public void Task_and_AwsSdk_Request_write_the_field_of_the_state_language()
    {
        var jsonAta = Run("""Workflow.StartWith(AwsSdk("Get", "dynamodb", "getItem").Request(new { TableName = "Orders", Key = new { Id = new { S = Input.At("$.id") } } }))""").Clean();
        var jsonPath = Run("""Workflow.StartWith(AwsSdk("Get", "dynamodb", "getItem").Request(new { TableName = "Orders", Key = new { Id = new { S = Input.At("$.id") } } }))""", "[StateMachine]").Clean();

        AssertJson("""{ "TableName": "Orders", "Key": { "Id": { "S": "{% $states.input.id %}" } } }""", jsonAta.State("Get")["Arguments"]);
        AssertJson("""{ "TableName": "Orders", "Key": { "Id": { "S.$": "$.id" } } }""", jsonPath.State("Get")["Parameters"]);
    }

    [Fact]
    public void Map_items_and_item_selector_follow_the_state_language()
    {
        const string Map = """Workflow.StartWith(Map("Each").Items(Input.At("$.orders")).ItemSelector(new { Order = Context.MapItemValue }).ItemProcessor(Chain.StartWith(Pass("One"))))""";

        var jsonAta = Run(Map).Clean().State("Each");
        var jsonPath = Run(Map, "[StateMachine]").Clean().State("Each");

        Assert.Equal("{% $states.input.orders %}", (string?)jsonAta["Items"]);
        AssertJson("""{ "Order": "{% $states.context.Map.Item.Value %}" }""", jsonAta["ItemSelector"]);
        Assert.Equal("$.orders", (string?)jsonPath["ItemsPath"]);
        AssertJson("""{ "Order.$": "$$.Map.Item.Value" }""", jsonPath["ItemSelector"]);
    }

    [Fact]
    public void Run_time_values_for_seconds_errors_and_credentials_follow_the_state_language()
    {
        const string Flow = """Workflow.StartWith(Task("Work", "arn:aws:states:::sqs:sendMessage").Request(new { QueueUrl = "q" }).TimeoutSeconds(Input.At("$.timeout")).Credentials(Input.At("$.role"))).Then(Wait("Pause").Seconds(Input.At("$.delay"))).Then(Fail("Stop").Error("Order." + Input.At("$.id")))""";

        // The role comes from the input, so the deploy template notes its wildcard (ASL0902, information).
        var jsonAta = Run(Flow).Clean(allowInfo: true);
        var jsonPath = Run(Flow, "[StateMachine]").Clean(allowInfo: true);

        Assert.Equal("{% $states.input.timeout %}", (string?)jsonAta.State("Work")["TimeoutSeconds"]);
        Assert.Equal("{% $states.input.role %}", (string?)jsonAta.State("Work")["Credentials"]!["RoleArn"]);
        Assert.Equal("{% $states.input.delay %}", (string?)jsonAta.State("Pause")["Seconds"]);
        Assert.Equal("{% 'Order.' & $states.input.id %}", (string?)jsonAta.State("Stop")["Error"]);
        Assert.Equal("$.timeout", (string?)jsonPath.State("Work")["TimeoutSecondsPath"]);
        Assert.Equal("$.role", (string?)jsonPath.State("Work")["Credentials"]!["RoleArn.$"]);
        Assert.Equal("$.delay", (string?)jsonPath.State("Pause")["SecondsPath"]);
        Assert.Equal("States.Format('Order.{}', $.id)", (string?)jsonPath.State("Stop")["ErrorPath"]);
    }

    public static TheoryData<string, string, string, string> OtherLanguageCalls() => new()
    {
        // define, attribute, the call's spanned text, a phrase of the message
        { """Workflow.StartWith(Task("T", "arn:aws:states:::sqs:sendMessage").Parameters(new { QueueUrl = "q" }))""", JsonAta, "new { QueueUrl = \"q\" }", ".Parameters(...) writes \"Parameters\", which only JSONPath states have, but state \"T\" is JSONata (the workflow's query language). Use .Request(...)" },
        { """Workflow.StartWith(LambdaInvoke("L", "fn").ResultSelector(new { R = "x" }))""", JsonAta, "new { R = \"x\" }", ".ResultSelector(...) writes \"ResultSelector\"" },
        { """Workflow.StartWith(LambdaInvoke("L", "fn").ResultPath("$.r"))""", JsonAta, "\"$.r\"", "Use .Output(...) or .Assign(...)" },
        { """Workflow.StartWith(Task("T", "arn:aws:states:::sqs:sendMessage").Arguments(new { QueueUrl = "q" }))""", "[StateMachine]", "new { QueueUrl = \"q\" }", "only JSONata states have, but state \"T\" is JSONPath. Use .Request(...), which writes Parameters or Arguments for the state's query language, or .Parameters(...), or call .QueryLanguage(QueryLanguage.JsonAta) on the state." },
        { """Workflow.StartWith(LambdaInvoke("L", "fn").Catch(Errors.All, "Failed", resultPath: "$.error")).Then(Fail("Failed"))""", JsonAta, "\"$.error\"", "Use .Catch(..., output: ...)" },
        { """Workflow.StartWith(LambdaInvoke("L", "fn").Catch(Errors.All, "Failed", discardError: true)).Then(Fail("Failed"))""", JsonAta, "true", "or output: \"{% $states.input %}\" to drop the error" },
        { """Workflow.StartWith(Pass("P").QueryLanguage(QueryLanguage.JsonPath))""", JsonAta, "QueryLanguage.JsonPath", ".QueryLanguage(QueryLanguage.JsonPath) makes state \"P\" JSONPath, but the workflow is JSONata" },
        { """Workflow.StartWith(Choice("C").When(Condition.StringEquals("$.s", "A"), "A").Otherwise("A")).Then(Succeed("A"))""", JsonAta, "Condition.StringEquals(\"$.s\", \"A\")", "Use Condition.JsonAta" },
    };

    [Theory]
    [MemberData(nameof(OtherLanguageCalls))]
    public void A_call_of_the_other_query_language_is_ASL0015_on_the_call_naming_the_method_to_use(string define, string attribute, string spanned, string phrase)
    {
        var machine = Run(define, attribute);

        var diagnostic = machine.Single("ASL0015");
        Assert.Equal(spanned, machine.Spanned(diagnostic));
        Assert.Contains(phrase, diagnostic.GetMessage());
        Assert.DoesNotContain(machine.Diagnostics, d => d.Id is "ASL1242" or "ASL1243" or "ASL1244" or "ASL1245");
    }
}
