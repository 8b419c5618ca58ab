using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>Amazon SNS, Amazon SQS, Amazon EventBridge and EventBridge Scheduler, each through a raw Task(...) and as JSON.</summary>
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
        var statements = Role(Task("T", resource).Parameters(new { TopicArn = Topic, Message = "done", Token = Context.TaskToken }));

        Assert.Equal([Statement("PublishToTopics", Actions("sns:Publish"), Literal(Topic))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sns-iam.html: "Resources based on a Path, or publishing to TargetArn or PhoneNumber": "*".</summary>
    [Fact]
    public void SNS_publish_to_a_phone_number_or_to_a_topic_from_the_input_is_allowed_on_every_resource_with_a_reason()
    {
        var (phone, _, phoneNotes) = Grant(Task("T", "arn:aws:states:::sns:publish").Parameters(new { PhoneNumber = "+15555550100", Message = "hi" }));
        var (path, _, pathNotes) = Grant(Task("T", "arn:aws:states:::sns:publish").Parameters(new { TopicArn = Input.At("$.topic"), Message = "hi" }));

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
            .Arguments(new { TopicArn = Topic, Message = "{% $states.input.message %}" }));

        Assert.Equal([Statement("PublishToTopics", Actions("sns:Publish"), Literal(Topic))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html: sqs:SendMessage on the queue of the QueueUrl.</summary>
    [Theory]
    [InlineData("arn:aws:states:::sqs:sendMessage")]
    [InlineData("arn:aws:states:::sqs:sendMessage.waitForTaskToken")]
    [InlineData("arn:aws:states:::aws-sdk:sqs:sendMessage")]
    public void SQS_send_message_is_allowed_on_the_queue_of_its_URL(string resource)
    {
        var statements = Role(Task("T", resource).Parameters(new { QueueUrl = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders", MessageBody = "m" }));

        Assert.Equal([Statement("SendToQueues", Actions("sqs:SendMessage"), Sub("arn:${AWS::Partition}:sqs:eu-west-1:123456789012:orders"))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html, with the URL from a template parameter: CloudFormation computes the ARN.</summary>
    [Fact]
    public void SQS_queue_URL_from_a_placeholder_is_turned_into_the_queue_ARN_by_CloudFormation()
    {
        var statements = Role(Task("T", "arn:aws:states:::sqs:sendMessage").Parameters(new { QueueUrl = "${OrdersQueueUrl}", MessageBody = "m" }));

        const string parts = "!Split [\"/\", !Ref OrdersQueueUrl]";
        const string host = "!Split [\".\", !Select [2, " + parts + "]]";
        Assert.Equal([Statement("SendToQueues", Actions("sqs:SendMessage"),
            $"!Join [\":\", [arn, !Ref \"AWS::Partition\", sqs, !Select [1, {host}], !Select [3, {parts}], !Select [4, {parts}]]]")], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html ("Dynamic resources": "*").</summary>
    [Fact]
    public void SQS_queue_URL_from_the_input_is_allowed_on_every_queue()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::sqs:sendMessage").Parameters(new { QueueUrl = Input.At("$.queue"), MessageBody = "m" }));

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
        var statements = Role(Task("T", resource).Parameters(new
        {
            Entries = new object[]
            {
                new { Detail = new { Id = 1 }, DetailType = "Placed", Source = "orders", EventBusName = "orders" },
                new { Detail = new { Id = 1 }, DetailType = "Audit", Source = "orders" },
                new { Detail = new { Id = 1 }, DetailType = "Placed", Source = "orders", EventBusName = "arn:aws:events:us-east-1:210987654321:event-bus/central" },
            },
        }));

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
    /// (https://docs.aws.amazon.com/scheduler/latest/UserGuide/security_iam_id-based-policy-examples.html): the
    /// schedule in its group, and iam:PassRole on the target's role to the scheduler only.
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
