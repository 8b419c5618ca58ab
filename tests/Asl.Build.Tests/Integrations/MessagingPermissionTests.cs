using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>Amazon SNS, Amazon SQS, Amazon EventBridge and EventBridge Scheduler, each through a raw Task(...), its typed builder and as JSON.</summary>
public sealed class MessagingPermissionTests
{
    private const string Topic = "arn:aws:sns:us-east-1:123456789012:orders";

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sns-iam.html: sns:Publish on the topic ("Static resources").</summary>
    [Theory]
    [InlineData("arn:aws:states:::sns:publish")]
    [InlineData("arn:aws:states:::sns:publish.waitForTaskToken")]
    [InlineData("arn:aws:states:::aws-sdk:sns:publish")]
    public void SNS_publish_is_allowed_on_the_topic_it_names(string resource)
    {
        var typed = resource switch
        {
            "arn:aws:states:::sns:publish" => SnsPublish("T", Topic).Message("done").Request(new { Token = Context.TaskToken }),
            "arn:aws:states:::sns:publish.waitForTaskToken" => SnsPublish("T", Topic).WaitForTaskToken().Message("done").Request(new { Token = Context.TaskToken }),
            _ => null,
        };
        var statements = Role(Task("T", resource).Parameters(new { TopicArn = Topic, Message = "done", Token = Context.TaskToken }), typed);

        Assert.Equal([Statement("PublishToTopics", Actions("sns:Publish"), Literal(Topic))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sns-iam.html: "Resources based on a Path, or publishing to TargetArn or PhoneNumber": "*".</summary>
    [Fact]
    public void SNS_publish_to_a_phone_number_or_to_a_topic_from_the_input_is_allowed_on_every_resource_with_a_reason()
    {
        var (phone, _, phoneNotes) = Grant(Task("T", "arn:aws:states:::sns:publish").Parameters(new { PhoneNumber = "+15555550100", Message = "hi" }));
        var (path, _, pathNotes) = Grant(Task("T", "arn:aws:states:::sns:publish").Parameters(new { TopicArn = Input.At("$.topic"), Message = "hi" }),
            SnsPublish("T", Input.At("$.topic")).Message("hi"));

        Assert.Equal([Statement("PublishToTopics", Actions("sns:Publish"), Any)], phone);
        Assert.Equal([Statement("PublishToTopics", Actions("sns:Publish"), Any)], path);
        Assert.Contains("State 'T' publishes to a PhoneNumber, which IAM policies cannot name, so the template grants sns:Publish on *", Assert.Single(phoneNotes).Message);
        Assert.Equal("/States/T/Parameters/TopicArn.$", Assert.Single(pathNotes).Pointer);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sns-iam.html, in JSONata: the same topic from Arguments.</summary>
    [Fact]
    public void SNS_publish_in_JSONata_reads_the_topic_from_Arguments()
    {
        var statements = Role(Task("T", "arn:aws:states:::sns:publish").QueryLanguage(QueryLanguage.JsonAta)
            .Arguments(new { TopicArn = Topic, Message = "{% $states.input.message %}" }),
            SnsPublish("T", Topic).QueryLanguage(QueryLanguage.JsonAta).Message(Input.At("$.message")));

        Assert.Equal([Statement("PublishToTopics", Actions("sns:Publish"), Literal(Topic))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html: sqs:SendMessage on the queue of the QueueUrl.</summary>
    [Theory]
    [InlineData("arn:aws:states:::sqs:sendMessage")]
    [InlineData("arn:aws:states:::sqs:sendMessage.waitForTaskToken")]
    [InlineData("arn:aws:states:::aws-sdk:sqs:sendMessage")]
    public void SQS_send_message_is_allowed_on_the_queue_of_its_URL(string resource)
    {
        const string queue = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders";
        var typed = resource switch
        {
            "arn:aws:states:::sqs:sendMessage" => SqsSendMessage("T", queue).MessageBody("m"),
            "arn:aws:states:::sqs:sendMessage.waitForTaskToken" => SqsSendMessage("T", queue).MessageBody(new { Token = Context.TaskToken }).WaitForTaskToken(),
            _ => null,
        };
        var statements = Role(Task("T", resource).Parameters(new { QueueUrl = queue, MessageBody = "m" }), typed);

        Assert.Equal([Statement("SendToQueues", Actions("sqs:SendMessage"), Sub("arn:${AWS::Partition}:sqs:eu-west-1:123456789012:orders"))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html, with the URL from a template parameter: CloudFormation computes the ARN.</summary>
    [Fact]
    public void SQS_queue_URL_from_a_placeholder_is_turned_into_the_queue_ARN_by_CloudFormation()
    {
        var statements = Role(Task("T", "arn:aws:states:::sqs:sendMessage").Parameters(new { QueueUrl = "${OrdersQueueUrl}", MessageBody = "m" }),
            SqsSendMessage("T", "${OrdersQueueUrl}").MessageBody("m"));

        const string parts = "!Split [\"/\", !Ref OrdersQueueUrl]";
        const string host = "!Split [\".\", !Select [2, " + parts + "]]";
        Assert.Equal([Statement("SendToQueues", Actions("sqs:SendMessage"),
            $"!Join [\":\", [arn, !Ref \"AWS::Partition\", sqs, !Select [1, {host}], !Select [3, {parts}], !Select [4, {parts}]]]")], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html ("Dynamic resources": "*").</summary>
    [Fact]
    public void SQS_queue_URL_from_the_input_is_allowed_on_every_queue()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::sqs:sendMessage").Parameters(new { QueueUrl = Input.At("$.queue"), MessageBody = "m" }),
            SqsSendMessage("T", Input.At("$.queue")).MessageBody("m"));

        Assert.Equal([Statement("SendToQueues", Actions("sqs:SendMessage"), Any)], role);
        Assert.Equal("ASL0902", Assert.Single(notes).Code);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/eventbridge-iam.html: events:PutEvents on each entry's bus ("default" when none is named).</summary>
    [Theory]
    [InlineData("arn:aws:states:::events:putEvents")]
    [InlineData("arn:aws:states:::events:putEvents.waitForTaskToken")]
    [InlineData("arn:aws:states:::aws-sdk:eventbridge:putEvents")]
    public void EventBridge_put_events_is_allowed_on_the_bus_of_every_entry(string resource)
    {
        const string central = "arn:aws:events:us-east-1:210987654321:event-bus/central";
        var typed = resource.StartsWith("arn:aws:states:::events:putEvents", StringComparison.Ordinal)
            ? EventBridgePutEvents("T").Entry(new { Id = 1 }, "Placed", "orders", "orders").Entry(new { Id = 1 }, "Audit", "orders").Entry(new { Id = 1 }, "Placed", "orders", central)
            : null;
        if (resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal)) typed?.WaitForTaskToken();
        var statements = Role(Task("T", resource).Parameters(new
        {
            Entries = new object[]
            {
                new { Detail = new { Id = 1 }, DetailType = "Placed", Source = "orders", EventBusName = "orders" },
                new { Detail = new { Id = 1 }, DetailType = "Audit", Source = "orders" },
                new { Detail = new { Id = 1 }, DetailType = "Placed", Source = "orders", EventBusName = central },
            },
        }), typed);

        Assert.Equal([Statement("PutEvents", Actions("events:PutEvents"),
            InStack("events", "event-bus/orders"), InStack("events", "event-bus/default"), Literal("arn:aws:events:us-east-1:210987654321:event-bus/central"))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/eventbridge-iam.html ("Dynamic resources": arn:aws:events:*:*:event-bus/*).</summary>
    [Fact]
    public void EventBridge_entries_from_the_input_are_allowed_on_every_bus()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::events:putEvents").Parameters(new { Entries = Input.At("$.events") }));

        Assert.Equal([Statement("PutEvents", Actions("events:PutEvents"), Sub("arn:${AWS::Partition}:events:*:*:event-bus/*"))], role);
        Assert.Equal("ASL0902", Assert.Single(notes).Code);
    }

    /// <summary>
    /// EventBridge Scheduler through the SDK integration
    /// (https://docs.aws.amazon.com/scheduler/latest/UserGuide/security_iam_id-based-policy-examples.html; the pass-role
    /// statement as in https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonEventBridgeSchedulerFullAccess.html,
    /// iam:PassedToService scheduler.amazonaws.com): the schedule in its group, and iam:PassRole on the target's role
    /// (not every role, as the managed policy) to the scheduler only. The Step Functions guide has no page for it.
    /// </summary>
    [Fact]
    public void Scheduler_create_schedule_is_allowed_on_the_schedule_and_passes_the_target_role_to_the_scheduler()
    {
        var statements = Role(Task("T", "arn:aws:states:::aws-sdk:scheduler:createSchedule").Parameters(new
        {
            Name = "reminder",
            GroupName = "orders",
            ScheduleExpression = "at(2030-01-01T00:00:00)",
            FlexibleTimeWindow = new { Mode = "OFF" },
            Target = new { Arn = "arn:aws:lambda:us-east-1:123456789012:function:remind", RoleArn = "arn:aws:iam::123456789012:role/scheduler-invoke" },
        }));

        Assert.Equal(
        [
            Statement("ManageSchedules", Actions("scheduler:CreateSchedule"), InStack("scheduler", "schedule/orders/reminder")),
            Statement("PassRoles", Actions("iam:PassRole"), [Literal("arn:aws:iam::123456789012:role/scheduler-invoke")], PassedTo("scheduler.amazonaws.com")),
        ], statements);
    }
}
