using Asl.Build.Template;
using static Asl.Build.Tests.TestSupport;

namespace Asl.Build.Tests;

/// <summary>The IAM statements derived from each kind of Task, and the findings for what cannot be derived.</summary>
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
    public void A_Credentials_role_from_a_placeholder_is_a_parameter_and_one_from_a_path_is_ASL0902()
    {
        var definition = """
            {"StartAt":"A","States":{
              "A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Credentials":{"RoleArn":"${QueueWriterRole}"},"Next":"B"},
              "B":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Credentials":{"RoleArn.$":"$.role"},"End":true}}}
            """;

        var (document, findings) = BuildTemplate(Machine("Sender", definition, "QueueWriterRole Other QueueWriterRole"));

        AssertStatements(document, "Sender", "{Sid: AssumeTaskRoles, Effect: Allow, Action: [\"sts:AssumeRole\"], Resource: [!Ref QueueWriterRole]}");
        Assert.Equal("!Ref QueueWriterRole", Inline(At(document, "Resources", "Sender", "Properties", "DefinitionSubstitutions", "QueueWriterRole")));
        var finding = Assert.Single(findings);
        Assert.Equal(BuildFinding.DynamicResource, finding.Code);
        Assert.Contains("state 'B' takes its RoleArn from a path at run time", finding.Message);
    }

    [Fact]
    public void A_StateMachineArn_taken_from_a_path_is_reported_as_ASL0902_and_granted_nothing()
    {
        var (document, findings) = BuildTemplate(Machine("Parent",
            OneTask("arn:aws:states:::states:startExecution", "{\"StateMachineArn.$\":\"$.target\"}")));

        var finding = Assert.Single(findings);
        Assert.Equal(BuildFinding.DynamicResource, finding.Code);
        Assert.Contains("state 'T' takes its StateMachineArn from a path at run time", finding.Message);
        Assert.False(finding.IsError);
        Assert.Empty(Statements(document, "Parent"));
        Assert.Null(At(document, "Resources", "Parent", "Properties", "Policies"));
    }

    [Fact]
    public void A_FunctionName_computed_by_JSONata_is_reported_as_ASL0902()
    {
        var (_, findings) = BuildTemplate(Machine("Caller",
            OneTask("arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"{% $states.input.fn %}\"}", field: "Arguments")));

        Assert.Equal(BuildFinding.DynamicResource, Assert.Single(findings).Code);
    }

    [Fact]
    public void An_integration_without_derived_permissions_is_reported_as_ASL0903_with_state_and_resource()
    {
        var (document, findings) = BuildTemplate(Machine("Sender",
            OneTask("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\":\"q\",\"MessageBody\":\"m\"}")));

        var finding = Assert.Single(findings);
        Assert.Equal(BuildFinding.UnderivedPermission, finding.Code);
        Assert.Contains("State machine 'Sender': state 'T' calls arn:aws:states:::sqs:sendMessage", finding.Message);
        Assert.Contains("attach a policy to the role named by the stack output SenderRoleName", finding.Message);
        Assert.Empty(Statements(document, "Sender"));
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
    public void A_distributed_Map_is_reported_as_ASL0903()
    {
        var definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ItemProcessor":{
              "ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
              "StartAt":"Each","States":{"Each":{"Type":"Pass","End":true}}}}}}
            """;

        var (_, findings) = BuildTemplate(Machine("Big", definition));

        var finding = Assert.Single(findings);
        Assert.Equal(BuildFinding.UnderivedPermission, finding.Code);
        Assert.Contains("state 'M' is a distributed Map", finding.Message);
    }

    [Fact]
    public void A_Map_reading_items_from_S3_is_reported_as_ASL0903()
    {
        var definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"b","Key":"k"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Each","States":{"Each":{"Type":"Pass","End":true}}}}}}
            """;

        var (_, findings) = BuildTemplate(Machine("Reader", definition));

        var finding = Assert.Single(findings);
        Assert.Equal(BuildFinding.UnderivedPermission, finding.Code);
        Assert.Contains("state 'M' reads or writes Amazon S3 through its ItemReader (arn:aws:states:::s3:getObject)", finding.Message);
    }

    [Fact]
    public void Running_a_value_that_is_no_state_machine_ARN_to_completion_is_reported_as_ASL0903()
    {
        var (document, findings) = BuildTemplate(Machine("Parent", StartChild(".sync", "Child")));

        AssertStatements(document, "Parent", Start("Child"), Rule);
        Assert.Contains("runs 'Child' to completion, but that is no state machine ARN", Assert.Single(findings).Message);
    }

    [Fact]
    public void A_machine_without_tasks_has_no_policies()
    {
        var (document, findings) = BuildTemplate(Machine("Quiet", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}"""));

        Assert.Empty(findings);
        Assert.Null(At(document, "Resources", "Quiet", "Properties", "Policies"));
    }
}
