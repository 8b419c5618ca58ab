using Asl.Clients;
using Asl.Json;
using Asl.Model;

namespace Asl.Local.Tests.InProcessApi;

public sealed record Order(string Id, int Quantity);

public sealed record Receipt(string Id, int Quantity, string Status);

/// <summary>Small definitions for the in-process API tests, read with AslReader and registered on a virtual-clock engine.</summary>
internal static class Machines
{
    /// <summary>Waits an hour (virtual), then adds Status to the order.</summary>
    public const string SlowOrder = """
        {"StartAt":"Wait an hour","States":{
          "Wait an hour":{"Type":"Wait","Seconds":3600,"Next":"Receipt"},
          "Receipt":{"Type":"Pass","Parameters":{"Id.$":"$.Id","Quantity.$":"$.Quantity","Status":"shipped"},"End":true}}}
        """;

    public const string FailingOrder = """
        {"StartAt":"Out of stock","States":{"Out of stock":{"Type":"Fail","Error":"OutOfStock","Cause":"No items left"}}}
        """;

    /// <summary>Times out after 10 virtual seconds in a Wait of a minute.</summary>
    public const string TooSlowOrder = """
        {"TimeoutSeconds":10,"StartAt":"Wait","States":{"Wait":{"Type":"Wait","Seconds":60,"End":true}}}
        """;

    /// <summary>Hands a task token to an SQS handler and waits for it.</summary>
    public const string Approval = """
        {"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody":{"Token.$":"$$.Task.Token","Order.$":"$"}},"End":true}}}
        """;

    public static StateMachine Read(string json)
    {
        var read = AslReader.Read(json);
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics.Select(d => $"{d.Code} {d.Message} at {d.Pointer}")));
        return read.Machine!;
    }

    /// <summary>A seeded virtual-clock engine and the in-process API over it.</summary>
    public static (LocalEngine Engine, InProcessStepFunctionsApi Api) Engine(bool drivesVirtualClock = true)
    {
        var engine = TestEngine.Create();
        return (engine, new InProcessStepFunctionsApi(engine, drivesVirtualClock));
    }

    public static string Register(this LocalEngine engine, string name, string definition, string type = "STANDARD")
        => engine.RegisterStateMachine(name, Read(definition), type: type).StateMachineArn;

    /// <summary>Registers the token-waiting machine with a handler that records each token.</summary>
    public static (string Arn, List<string> Tokens) RegisterApproval(this LocalEngine engine)
    {
        var tokens = new List<string>();
        engine.RegisterTaskHandler("arn:aws:states:::sqs:sendMessage", (invocation, _) =>
        {
            lock (tokens) tokens.Add(invocation.TaskToken!);
            return ValueTask.FromResult<AslJson>(AslJson.Of("sent"));
        });
        return (engine.Register("Approval", Approval), tokens);
    }

    public static readonly PollingOptions FastPolling = new() { InitialInterval = TimeSpan.FromMilliseconds(1), MaxInterval = TimeSpan.FromMilliseconds(10) };
}
