using System;
using System.Collections.Generic;

namespace Asl.Permissions.Integrations;

/// <summary>
/// Amazon SNS (https://docs.aws.amazon.com/step-functions/latest/dg/sns-iam.html), Amazon SQS
/// (https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html), Amazon EventBridge
/// (https://docs.aws.amazon.com/step-functions/latest/dg/eventbridge-iam.html) and EventBridge Scheduler through
/// the SDK integration (https://docs.aws.amazon.com/scheduler/latest/UserGuide/security_iam_id-based-policy-examples.html).
/// </summary>
internal static class MessagingRules
{
    private static readonly string[] Publish = { "sns:Publish" };
    private static readonly string[] SendMessage = { "sqs:SendMessage" };
    private static readonly string[] PutEvents = { "events:PutEvents" };

    public static void Sns(TaskCall call)
    {
        if (call.Api == "publish") SnsPublish(call, Publish);
        else call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon SNS integration Step Functions offers; use sns:publish");
    }

    /// <summary>
    /// sns:Publish on the topic; on every resource when the state publishes to a TargetArn or a PhoneNumber, which
    /// IAM cannot name, or takes its topic from the input.
    /// </summary>
    public static void SnsPublish(TaskCall call, string[] actions)
    {
        var topic = call.Field("TopicArn");
        if (topic.IsMissing)
        {
            var direct = call.Field("TargetArn").IsMissing ? call.Field("PhoneNumber") : call.Field("TargetArn");
            if (!direct.IsMissing)
            {
                call.Grant("PublishToTopics", actions, call.Wide(direct.Pointer, $"publishes to a {direct.Name}, which IAM policies cannot name", ArnPattern.Any, actions));
                return;
            }
        }
        if (call.ArnTarget(topic, ArnPattern.Any, actions) is { } target) call.Grant("PublishToTopics", actions, target);
    }

    public static void Sqs(TaskCall call)
    {
        if (call.Api == "sendMessage") Queue(call, "SendToQueues", SendMessage);
        else call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon SQS integration Step Functions offers; use sqs:sendMessage");
    }

    /// <summary>The actions on the queue of the call's QueueUrl.</summary>
    public static void Queue(TaskCall call, string sid, string[] actions)
    {
        var url = call.Field("QueueUrl");
        if (url.IsText && Arns.IsWholePlaceholder(url.Text))
        {
            call.Grant(sid, actions, new ArnPattern(ArnPatternKind.QueueOfUrl, url.Text));
            return;
        }
        if (url.IsText && QueueArn(url.Text) is not { } arn)
        {
            call.NotGranted(url.Pointer, $"sends to the QueueUrl '{url.Text}', which is no Amazon SQS queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME), so no statement can name the queue");
            return;
        }
        call.Grant(sid, actions, call.Target(url, text => QueueArn(text)!, ArnPattern.Any, actions));
    }

    /// <summary>The ARN of the queue at a URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME, or a legacy queue.amazonaws.com host).</summary>
    public static ArnPattern? QueueArn(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return null;
        var parts = url.Substring(scheme + 3).TrimEnd('/').Split('/');
        if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0) return null;
        var host = parts[0].Split('.');
        string region;
        if (host.Length >= 3 && host[0] == "sqs") region = host[1];
        else if (host.Length >= 3 && host[1] == "queue") region = host[0];
        else if (host.Length >= 2 && host[0] == "queue") region = "us-east-1";
        else return null;
        return ArnPattern.Text("arn:${AWS::Partition}:sqs:" + region + ":" + parts[1] + ":" + parts[2]);
    }

    public static void EventBridge(TaskCall call)
    {
        if (call.Api == "putEvents") EventBuses(call, PutEvents);
        else call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon EventBridge integration Step Functions offers; use events:putEvents");
    }

    /// <summary>events:PutEvents on the bus of every entry (the default bus when an entry names none).</summary>
    public static void EventBuses(TaskCall call, string[] actions)
    {
        var entries = call.Field("Entries");
        var wildcard = ArnPattern.Text("arn:${AWS::Partition}:events:*:*:event-bus/*");
        var buses = new List<ArnPattern>();
        if (entries.IsDynamic || entries.IsText) buses.Add(call.Wide(entries.Pointer, entries.IsDynamic ? entries.Text : "gives its Entries as a string", wildcard, actions));
        foreach (var entry in entries.Items())
        {
            var bus = entry.Field("EventBusName");
            buses.Add(bus.IsMissing ? ArnPattern.InStack("events", "event-bus/default") : call.Target(bus, text => Arns.NameOrArn(text, "events", "event-bus/"), wildcard, actions));
        }
        if (buses.Count == 0) buses.Add(call.Wide(entries.Pointer, "sends no Entries the template can read", wildcard, actions));
        call.Grant("PutEvents", actions, buses);
    }

    /// <summary>
    /// EventBridge Scheduler: the schedule (in its group, "default" unless named) and, for a schedule that runs a
    /// target, iam:PassRole on the target's role to the scheduler only.
    /// </summary>
    public static bool Scheduler(TaskCall call, string action, string[] actions)
    {
        if (action is not ("createSchedule" or "updateSchedule" or "deleteSchedule" or "getSchedule")) return false;
        var group = call.Field("GroupName");
        var groupName = group.IsText ? group.Text : group.IsMissing ? "default" : "*";
        var name = call.Field("Name");
        var schedule = call.Target(name, text => ArnPattern.InStack("scheduler", "schedule/" + groupName + "/" + text),
            ArnPattern.InStack("scheduler", "schedule/" + groupName + "/*"), actions);
        if (group.IsDynamic) schedule = call.Wide(group.Pointer, group.Text, ArnPattern.InStack("scheduler", "schedule/*"), actions);
        call.Grant("ManageSchedules", actions, schedule);
        if (action is "createSchedule" or "updateSchedule") call.PassRole(call.Field("Target", "RoleArn"), "scheduler.amazonaws.com");
        return true;
    }
}
