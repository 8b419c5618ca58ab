using Asl.Build.Metadata;
using Asl.Build.Template;
using Asl.Build.Yaml;
using static Asl.Build.Tests.TestSupport;

namespace Asl.Build.Tests;

/// <summary>How placeholders become DefinitionSubstitutions, parameters and logical IDs.</summary>
public sealed class SubstitutionWiringTests
{
    private const string PassOnly = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";

    private static string StartArn(string placeholder, string suffix = "") =>
        OneTask("arn:aws:states:::states:startExecution" + suffix, "{\"StateMachineArn\":\"${" + placeholder + "}\"}");

    [Fact]
    public void A_child_machine_of_the_project_is_wired_with_Ref_and_its_executions_through_its_Name()
    {
        var (document, findings) = BuildTemplate(
            Machine("Main", StartArn("WorkerArn", ".sync:2"), "WorkerArn StateMachine Worker RunJobJson"),
            Machine("Worker", PassOnly));

        Assert.Empty(findings);
        Assert.Equal("{WorkerArn: !Ref Worker}", Inline(At(document, "Resources", "Main", "Properties", "DefinitionSubstitutions")));
        AssertStatements(document, "Main", Start("!Ref Worker"), Track(ExecutionsOf("Worker")), Rule);
        Assert.Null(At(document, "Parameters"));
    }

    [Fact]
    public void A_child_machine_of_another_project_becomes_a_state_machine_ARN_parameter()
    {
        var (document, _) = BuildTemplate(Machine("Main", StartArn("BillingArn", ".sync"), "BillingArn StateMachine Billing RunJob"));

        var parameter = At(document, "Parameters", "BillingArn");
        Assert.Equal("String", Inline(At(parameter!, "Type")));
        Assert.Equal("ARN of the state machine for the placeholder BillingArn of Main", Inline(At(parameter!, "Description")));
        Assert.StartsWith("\"^arn:aws[a-z-]*:states:", Inline(At(parameter!, "AllowedPattern")));
        Assert.Equal("{BillingArn: !Ref BillingArn}", Inline(At(document, "Resources", "Main", "Properties", "DefinitionSubstitutions")));
        const string parts = "!Split [\":\", !Ref BillingArn]";
        var executions = $"!Join [\":\", [!Select [0, {parts}], !Select [1, {parts}], !Select [2, {parts}], !Select [3, {parts}], !Select [4, {parts}], execution, !Select [6, {parts}], \"*\"]]";
        AssertStatements(document, "Main", Start("!Ref BillingArn"), Track(executions), Rule);
    }

    [Fact]
    public void A_Lambda_function_placeholder_becomes_a_function_ARN_parameter()
    {
        var (document, _) = BuildTemplate(Machine("Caller",
            OneTask("arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"${Handler}\"}"), "Handler LambdaFunction Handler"));

        Assert.StartsWith("\"^arn:aws[a-z-]*:lambda:", Inline(At(document, "Parameters", "Handler", "AllowedPattern")));
        Assert.Equal("{Handler: !Ref Handler}", Inline(At(document, "Resources", "Caller", "Properties", "DefinitionSubstitutions")));
    }

    [Fact]
    public void Any_other_placeholder_becomes_a_parameter_without_a_pattern()
    {
        var definition = OneTask("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\":\"${OrdersQueue}\",\"MessageBody\":\"m\"}");

        var (document, _) = BuildTemplate(Machine("Sender", definition, "OrdersQueue Other OrdersQueue"));

        Assert.Equal("{Type: String, Description: \"Value for the placeholder OrdersQueue of Sender\"}", Inline(At(document, "Parameters", "OrdersQueue")));
        Assert.Equal("{OrdersQueue: !Ref OrdersQueue}", Inline(At(document, "Resources", "Sender", "Properties", "DefinitionSubstitutions")));
    }

    [Fact]
    public void A_placeholder_used_by_two_machines_is_one_parameter_naming_both()
    {
        var invoke = OneTask("arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"${Handler}\"}");

        var (document, _) = BuildTemplate(Machine("First", invoke, "Handler LambdaFunction Handler"), Machine("Second", invoke, "Handler LambdaFunction Handler"));

        var parameters = (YamlMapping)At(document, "Parameters")!;
        Assert.Equal(["Handler"], parameters.Entries.Select(e => e.Key));
        Assert.Equal("ARN of the Lambda function for the placeholder Handler of First, Second", Inline(At(parameters, "Handler", "Description")));
    }

    [Fact]
    public void Logical_IDs_keep_only_letters_and_digits_and_stay_unique()
    {
        var (document, _) = BuildTemplate(Machine("order-flow", PassOnly), Machine("order_flow", PassOnly), Machine("ÿ", PassOnly));

        var resources = (YamlMapping)At(document, "Resources")!;
        Assert.Equal(["orderflow", "orderflow2", "StateMachine"], resources.Entries.Select(e => e.Key));
        Assert.Equal("order-flow.asl.json", Inline(At(resources, "orderflow", "Properties", "DefinitionUri")));
        Assert.Equal("order_flow.asl.json", Inline(At(resources, "orderflow2", "Properties", "DefinitionUri")));
    }

    [Fact]
    public void A_machine_never_takes_the_logical_ID_of_the_role_SAM_creates_for_another()
    {
        var (document, _) = BuildTemplate(Machine("Order", PassOnly), Machine("OrderRole", PassOnly), Machine("Order-", PassOnly));

        var resources = (YamlMapping)At(document, "Resources")!;
        Assert.Equal(["Order", "OrderRole2", "Order2"], resources.Entries.Select(e => e.Key));
        Assert.Equal("!Ref Order2Role", Inline(At(document, "Outputs", "Order2RoleName", "Value")));
    }

    [Fact]
    public void A_parameter_whose_name_a_machine_already_took_gets_a_fresh_logical_ID()
    {
        var (document, _) = BuildTemplate(Machine("Handler", OneTask("${Handler}"), "Handler LambdaFunction Handler"));

        Assert.Equal("!Ref Handler2", Inline(At(document, "Resources", "Handler", "Properties", "DefinitionSubstitutions", "Handler")));
        Assert.NotNull(At(document, "Parameters", "Handler2"));
    }

    [Fact]
    public void File_names_replace_characters_no_file_system_takes()
    {
        var names = new FileNames();

        Assert.Equal("a_b_c.asl.json", names.Allocate("a/b:c"));
        Assert.Equal("_..asl.json", names.Allocate(".."[..1]));
        Assert.Equal("a_b_c_2.asl.json", names.Allocate("a\\b*c"));
    }

    [Fact]
    public void Machines_that_start_each_other_are_reported_as_ASL0904_with_the_loop()
    {
        var (_, findings) = BuildTemplate(
            Machine("Ping", StartArn("PongArn"), "PongArn StateMachine Pong RequestResponse"),
            Machine("Pong", StartArn("PingArn"), "PingArn StateMachine Ping RequestResponse"));

        var finding = Assert.Single(findings);
        Assert.Equal(BuildFinding.ChildCycle, finding.Code);
        Assert.Contains("(Ping -> Pong -> Ping)", finding.Message);
    }

    [Fact]
    public void A_machine_that_starts_itself_by_its_own_ARN_is_reported_as_ASL0904()
    {
        var (_, findings) = BuildTemplate(Machine("Again", StartArn("AgainArn"), "AgainArn StateMachine Again RequestResponse"));

        Assert.Contains("(Again -> Again)", Assert.Single(findings, f => f.Code == BuildFinding.ChildCycle).Message);
    }

    [Fact]
    public void An_EXPRESS_machine_is_declared_EXPRESS_and_every_machine_outputs_its_ARN_and_role_name()
    {
        var (document, _) = BuildTemplate(Machine("Fast", PassOnly) with { Type = "EXPRESS" }, Machine("Slow", PassOnly));

        Assert.Equal("EXPRESS", Inline(At(document, "Resources", "Fast", "Properties", "Type")));
        Assert.Equal("STANDARD", Inline(At(document, "Resources", "Slow", "Properties", "Type")));
        Assert.Equal("{Description: \"ARN of the state machine Fast\", Value: !Ref Fast}", Inline(At(document, "Outputs", "FastArn")));
        Assert.Equal("{Description: \"ARN of the state machine Slow\", Value: !Ref Slow}", Inline(At(document, "Outputs", "SlowArn")));
        Assert.Equal("{Description: \"Name of the IAM role of the state machine Slow\", Value: !Ref SlowRole}", Inline(At(document, "Outputs", "SlowRoleName")));
    }

    [Fact]
    public void Substitution_entries_need_a_placeholder_a_kind_and_a_target()
    {
        Assert.Null(SubstitutionText.Parse("OnlyName Kind"));
        Assert.Equal(["RunJob", "WaitForTaskToken"], SubstitutionText.Parse("ChildArn StateMachine Child RunJob WaitForTaskToken")!.Patterns);
    }
}
