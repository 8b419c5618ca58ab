using static Asl.States;

namespace Asl.Dsl.Tests.Workflows.Reuse;

/// <summary>Where a notification goes.</summary>
public enum Channel
{
    /// <summary>An SNS topic.</summary>
    Email,
    /// <summary>An SQS queue.</summary>
    Queue,
}

/// <summary>Settings shared by several workflows, as a record in a static readonly field.</summary>
public sealed record ShippingSettings(string Carrier, int MaxAttempts, string[] Regions)
{
    /// <summary>A computed property: payloads write it too.</summary>
    public string Label => Carrier.ToUpperInvariant() + "-" + Regions.Length;
}

/// <summary>Reusable pieces of workflows: a retry policy, fragments built by methods, a typed integration.</summary>
public static class Fragments
{
    /// <summary>The errors worth retrying everywhere.</summary>
    public static readonly string[] TransientErrors = [Errors.TaskFailed, "Lambda.TooManyRequestsException", "Lambda.ServiceException"];

    /// <summary>How many times a transient error is retried.</summary>
    public const int Attempts = 3;

    /// <summary>The settings of the shipping workflows.</summary>
    public static readonly ShippingSettings Shipping = new("acme", Attempts + 1, ["eu-west-1", "us-east-1", "ap-southeast-2"]);

    /// <summary>The topic notifications go to.</summary>
    public static string Topic => "${NotificationTopicArn}";

    /// <summary>The shared retry policy, for any Task, Map or Parallel builder.</summary>
    public static T WithStandardRetry<T>(this T state) where T : WorkStateBuilder<T> =>
        state.Retry(TransientErrors, intervalSeconds: 2, maxAttempts: Attempts, backoffRate: 2.0, jitterStrategy: JitterStrategy.Full);

    /// <summary>A typed integration written by the user: SNS Publish, in either query language.</summary>
    public static TaskBuilder Notify(string name, string subject, Channel channel = Channel.Email) => Task(name, channel switch
        {
            Channel.Queue => "arn:aws:states:::sqs:sendMessage",
            _ => "arn:aws:states:::sns:publish",
        })
        .Request(channel == Channel.Email
            ? new { TopicArn = Topic, Subject = subject, Message = Input.Whole }
            : new { QueueUrl = "${NotificationQueueUrl}", MessageBody = subject })
        .WithStandardRetry();

    /// <summary>A fragment: two states built anew on every call, named after <paramref name="prefix"/>.</summary>
    public static Chain ChargeAndConfirm(string prefix, string function) => Chain
        .StartWith(LambdaInvoke(prefix + " charge", function)
            .Payload(new { Order = Input.At("$.order"), Attempt = Context.RetryCount })
            .WithStandardRetry())
        .Then(Pass(prefix + " confirm").Result(new { Status = nameof(ChargeAndConfirm), Channel = Channel.Queue }));

    /// <summary>A generic helper: starts any child machine, linked to this execution.</summary>
    public static StartExecutionBuilder StartLinked<TChild>(string name) where TChild : IStateMachine =>
        StartExecution<TChild>(name).AssociateWithParent();
}
