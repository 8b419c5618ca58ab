using Asl.Build.Template;
using static Asl.Build.Tests.TestSupport;

namespace Asl.Build.Tests;

/// <summary>
/// The IAM statements of child executions (https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html),
/// Lambda functions (https://docs.aws.amazon.com/step-functions/latest/dg/lambda-iam.html), roles a Task runs as, and
/// what the derivation notes when it can only grant a wildcard (ASL0902) or cannot grant at all (ASL0903).
/// </summary>
public sealed class PolicyDerivationTests
{
    private const string Child = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";
    private const string ChildExecutions = "arn:aws:states:us-east-1:123456789012:execution:Child:*";

    private static string StartChild(string suffix, string arn = Child) =>
        OneTask("arn:aws:states:::states:startExecution" + suffix, "{\"StateMachineArn\":\"" + arn + "\"}");

    [Fact]
    public void Request_response_start_grants_only_StartExecution_on_the_child()
    {
        var (document, findings) = BuildTemplate(Machine("Parent", StartChild("")));

        AssertStatements(document, "Parent", Start("\"" + Child + "\""));
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData(".sync")]
    [InlineData(".sync:2")]
    public void Run_to_completion_also_grants_tracking_the_child_executions_and_the_managed_event_rule(string suffix)
    {
        var (document, _) = BuildTemplate(Machine("Parent", StartChild(suffix)));

        AssertStatements(document, "Parent", Start("\"" + Child + "\""), Track("\"" + ChildExecutions + "\""), Rule);
    }

    [Fact]
    public void Wait_for_task_token_start_grants_only_StartExecution()
    {
        var (document, _) = BuildTemplate(Machine("Parent", StartChild(".waitForTaskToken")));

        AssertStatements(document, "Parent", Start("\"" + Child + "\""));
    }

    [Fact]
    public void Start_through_the_aws_sdk_integration_grants_StartExecution()
    {
        var (document, _) = BuildTemplate(Machine("Parent",
            OneTask("arn:aws:states:::aws-sdk:sfn:startExecution", "{\"StateMachineArn\":\"" + Child + "\"}")));

        AssertStatements(document, "Parent", Start("\"" + Child + "\""));
    }

    [Fact]
    public void A_child_started_in_several_patterns_is_listed_once_per_statement()
    {
        var definition = """
            {"StartAt":"A","States":{
              "A":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution","Parameters":{"StateMachineArn":"${ChildArn}"},"Next":"B"},
              "B":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2","Parameters":{"StateMachineArn":"${ChildArn}"},"Next":"C"},
              "C":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync","Parameters":{"StateMachineArn":"${ChildArn}"},"End":true}}}
            """;

        var (document, _) = BuildTemplate(
            Machine("Parent", definition, "ChildArn StateMachine Child RequestResponse RunJobJson RunJob"),
            Machine("Child", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}"""));

        AssertStatements(document, "Parent", Start("!Ref Child"), Track(ExecutionsOf("Child")), Rule);
    }

    [Fact]
    public void Lambda_invoke_with_a_placeholder_grants_InvokeFunction_on_the_parameter_and_its_versions()
    {
        var (document, _) = BuildTemplate(Machine("Caller",
            OneTask("arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"${Handler}\"}"), "Handler LambdaFunction Handler"));

        AssertStatements(document, "Caller", Invoke("!Ref Handler", "!Sub \"${Handler}:*\""));
    }

    [Fact]
    public void Lambda_invoke_by_name_grants_InvokeFunction_on_that_function_in_the_stacks_account_and_region()
    {
        var (document, _) = BuildTemplate(Machine("Caller",
            OneTask("arn:aws:states:::lambda:invoke.waitForTaskToken", "{\"FunctionName\":\"audit-writer\"}")));

        const string arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:audit-writer";
        AssertStatements(document, "Caller", Invoke($"!Sub \"{arn}\"", $"!Sub \"{arn}:*\""));
    }

    [Fact]
    public void Lambda_invoke_of_an_alias_grants_InvokeFunction_on_that_alias_only()
    {
        var (document, _) = BuildTemplate(Machine("Caller",
            OneTask("arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"arn:aws:lambda:eu-west-1:123456789012:function:pay:live\"}")));

        AssertStatements(document, "Caller", Invoke("\"arn:aws:lambda:eu-west-1:123456789012:function:pay:live\""));
    }

    [Fact]
    public void Lambda_function_ARN_as_the_Resource_grants_InvokeFunction_on_it_and_its_versions()
    {
        var (document, _) = BuildTemplate(Machine("Caller", OneTask("arn:aws:lambda:us-east-1:123456789012:function:notify")));

        AssertStatements(document, "Caller", Invoke("\"arn:aws:lambda:us-east-1:123456789012:function:notify\"", "\"arn:aws:lambda:us-east-1:123456789012:function:notify:*\""));
    }

    [Fact]
    public void Lambda_function_placeholder_as_the_Resource_grants_InvokeFunction_on_the_parameter()
    {
        var (document, _) = BuildTemplate(Machine("Caller", OneTask("${Handler}"), "Handler LambdaFunction Handler"));

        AssertStatements(document, "Caller", Invoke("!Ref Handler", "!Sub \"${Handler}:*\""));
    }

    [Fact]
    public void A_Task_with_Credentials_grants_only_AssumeRole_on_that_role()
    {
        var definition = """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Credentials":{"RoleArn":"arn:aws:iam::210987654321:role/invoker"},
              "Parameters":{"FunctionName":"arn:aws:lambda:us-east-1:210987654321:function:remote"},"End":true}}}
            """;

        var (document, findings) = BuildTemplate(Machine("CrossAccount", definition));

        Assert.Empty(findings);
        AssertStatements(document, "CrossAccount", "{Sid: AssumeTaskRoles, Effect: Allow, Action: [\"sts:AssumeRole\"], Resource: [\"arn:aws:iam::210987654321:role/invoker\"]}");
    }

    [Fact]
    public void A_Credentials_role_from_a_placeholder_is_a_parameter_and_one_from_a_path_any_role_with_ASL0902()
    {
        var definition = """
            {"StartAt":"A","States":{
              "A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Credentials":{"RoleArn":"${QueueWriterRole}"},"Next":"B"},
              "B":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Credentials":{"RoleArn.$":"$.role"},"End":true}}}
            """;

        var (document, findings) = BuildTemplate(Machine("Sender", definition));

        Assert.Empty(findings);
        AssertStatements(document, "Sender", "{Sid: AssumeTaskRoles, Effect: Allow, Action: [\"sts:AssumeRole\"], Resource: [\"*\"]}");
        Assert.Equal("!Ref QueueWriterRole", Inline(At(document, "Resources", "Sender", "Properties", "DefinitionSubstitutions", "QueueWriterRole")));
        var note = Assert.Single(Notes(definition));
        Assert.Equal(("ASL0902", "/States/B/Credentials/RoleArn.$"), (note.Code, note.Pointer));
        Assert.Contains("State 'B' takes its RoleArn from a path at run time, so the template grants sts:AssumeRole on *", note.Message);
        Assert.Contains("- \"*\"  # state 'B' takes its RoleArn from a path at run time", TemplateText(definition));
    }

    [Fact]
    public void A_StateMachineArn_taken_from_a_path_gets_every_machine_of_the_account_explained_in_the_template_and_as_ASL0902()
    {
        var definition = OneTask("arn:aws:states:::states:startExecution", "{\"StateMachineArn.$\":\"$.target\"}");

        var (document, findings) = BuildTemplate(Machine("Parent", definition));

        Assert.Empty(findings);
        AssertStatements(document, "Parent", Start("!Sub \"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:*\""));
        var note = Assert.Single(Notes(definition));
        Assert.Equal("ASL0902", note.Code);
        Assert.Contains("State 'T' takes its StateMachineArn from a path at run time", note.Message);
        Assert.Contains(":stateMachine:*\"  # state 'T' takes its StateMachineArn from a path at run time", TemplateText(definition));
    }

    [Fact]
    public void A_FunctionName_computed_by_JSONata_gets_every_function_of_the_account_and_ASL0902()
    {
        var definition = OneTask("arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"{% $states.input.fn %}\"}", field: "Arguments")
            .Replace("\"StartAt\"", "\"QueryLanguage\":\"JSONata\",\"StartAt\"");

        var (document, _) = BuildTemplate(Machine("Caller", definition));

        AssertStatements(document, "Caller", Invoke("!Sub \"arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*\""));
        var note = Assert.Single(Notes(definition));
        Assert.Equal(("ASL0902", "/States/T/Arguments/FunctionName"), (note.Code, note.Pointer));
        Assert.Contains("computes its FunctionName with a JSONata expression at run time", note.Message);
    }

    [Fact]
    public void An_integration_Asl_does_not_know_is_ASL0903_on_the_state_and_granted_nothing()
    {
        var definition = OneTask("arn:aws:states:::someservice:doThing", "{\"X\":\"y\"}");

        var (document, findings) = BuildTemplate(Machine("Caller", definition));

        Assert.Empty(findings);
        Assert.Empty(Statements(document, "Caller"));
        var note = Assert.Single(Notes(definition));
        Assert.Equal(("ASL0903", "/States/T/Resource"), (note.Code, note.Pointer));
        Assert.Contains("State 'T' calls arn:aws:states:::someservice:doThing, an integration whose permissions Asl does not know", note.Message);
    }

    [Fact]
    public void An_activity_needs_no_statement_and_no_finding()
    {
        var (document, findings) = BuildTemplate(Machine("Worker", OneTask("arn:aws:states:us-east-1:123456789012:activity:review")));

        Assert.Empty(findings);
        Assert.Empty(Statements(document, "Worker"));
    }

    [Fact]
    public void Tasks_inside_Parallel_branches_and_Map_processors_are_derived_too()
    {
        var definition = """
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Next":"M","Branches":[
                {"StartAt":"Inner","States":{"Inner":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"first"},"End":true}}}]},
              "M":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"Each","States":{
                "Each":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"second:live"},"End":true}}}}}}
            """;

        var (document, findings) = BuildTemplate(Machine("Fan", definition));

        const string account = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:";
        Assert.Empty(findings);
        AssertStatements(document, "Fan", Invoke($"!Sub \"{account}first\"", $"!Sub \"{account}first:*\"", $"!Sub \"{account}second:live\""));
    }

    [Fact]
    public void Running_a_value_that_is_no_state_machine_ARN_to_completion_is_ASL0903_and_granted_nothing()
    {
        var definition = StartChild(".sync", "Child");

        var (document, _) = BuildTemplate(Machine("Parent", definition));

        Assert.Empty(Statements(document, "Parent"));
        var note = Assert.Single(Notes(definition));
        Assert.Equal(("ASL0903", "/States/T/Parameters/StateMachineArn"), (note.Code, note.Pointer));
        Assert.Contains("State 'T' names the StateMachineArn 'Child', which is no ARN, so no IAM statement can name it", note.Message);
    }

    [Fact]
    public void A_state_machine_ARN_that_names_an_activity_runs_to_completion_without_tracking_and_ASL0903()
    {
        var definition = StartChild(".sync", "arn:aws:states:us-east-1:123456789012:activity:review");

        var (document, _) = BuildTemplate(Machine("Parent", definition));

        AssertStatements(document, "Parent", Start("\"arn:aws:states:us-east-1:123456789012:activity:review\""), Rule);
        Assert.Contains("runs 'arn:aws:states:us-east-1:123456789012:activity:review' to completion, but that is no state machine ARN", Assert.Single(Notes(definition)).Message);
    }

    [Fact]
    public void An_integration_ARN_with_a_partition_placeholder_is_read_as_the_integration()
    {
        var (document, _) = BuildTemplate(Machine("Saver",
            OneTask("arn:${AWS::Partition}:states:::dynamodb:putItem", "{\"TableName\":\"Orders\",\"Item\":{}}")));

        AssertStatements(document, "Saver",
            "{Sid: DynamoDBPutItem, Effect: Allow, Action: [\"dynamodb:PutItem\"], Resource: [!Sub \"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/Orders\"]}");
    }

    [Fact]
    public void Arguments_are_read_even_when_the_state_does_not_say_it_is_JSONata()
    {
        var (document, _) = BuildTemplate(Machine("Caller",
            OneTask("arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"arn:aws:lambda:us-east-1:123456789012:function:f:live\"}", field: "Arguments")));

        AssertStatements(document, "Caller", Invoke("\"arn:aws:lambda:us-east-1:123456789012:function:f:live\""));
    }

    [Fact]
    public void A_machine_without_tasks_has_no_policies()
    {
        var (document, findings) = BuildTemplate(Machine("Quiet", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}"""));

        Assert.Empty(findings);
        Assert.Null(At(document, "Resources", "Quiet", "Properties", "Policies"));
    }
}
