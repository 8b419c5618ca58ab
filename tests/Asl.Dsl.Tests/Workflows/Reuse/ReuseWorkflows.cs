using System.Globalization;
using static Asl.States;

namespace Asl.Dsl.Tests.Workflows.Reuse;

/// <summary>The input of <see cref="RegionalShipping"/>.</summary>
public sealed record ShipInput(string OrderId, string Region);

/// <summary>A child workflow started through a generic helper.</summary>
[StateMachine(Name = "RegionalShipping")]
public partial class RegionalShipping : IStateMachine<ShipInput, string>
{
    public static Workflow Define() => Workflow.StartWith(Pass("Ship").Result("shipped"));
}

/// <summary>
/// Reuse in a JSONPath workflow: a shared retry policy (extension method over a static readonly array), a fragment
/// method called twice, a loop that declares one state per region, locals, a switch, a record and a local function.
/// </summary>
[StateMachine(Name = "ReuseOrders", Comment = "Reuses fragments, a retry policy and a loop")]
public partial class ReuseWorkflow : IStateMachine<Order, string>
{
    public static Workflow Define()
    {
        var settings = Fragments.Shipping with { MaxAttempts = 5 };
        var workflow = Workflow
            .StartWith(Fragments.ChargeAndConfirm("Card", "${ChargeCardArn}"))
            .Then(Fragments.ChargeAndConfirm("Wallet", "${ChargeWalletArn}"));

        var regions = Parallel("Ship everywhere");
        for (var i = 0; i < settings.Regions.Length; i++)
        {
            var region = settings.Regions[i];
            regions = regions.Branch(Fragments.StartLinked<RegionalShipping>($"Ship {i + 1} to {region}")
                .RunToCompletion()
                .Input(new ShipInput(OrderId: Input.At("$.OrderId"), Region: region)));
        }
        workflow = workflow.Then(regions.WithStandardRetry().ResultPath(null));

        foreach (var (name, channel) in new[] { ("Notify by mail", Channel.Email), ("Notify by queue", Channel.Queue) })
            workflow = workflow.Then(Fragments.Notify(name, "Order " + Input.At("$.OrderId") + " shipped by " + settings.Carrier, channel));

        string Stamp(int attempts) => attempts switch
        {
            > 4 => "patient",
            > 2 => "normal",
            _ => "hasty",
        };
        return workflow
            .Then(Pass("Summary").Parameters(new
            {
                Label = settings.Label,
                Mode = Stamp(settings.MaxAttempts),
                Regions = string.Join(",", settings.Regions.Select(r => r.ToUpperInvariant())),
                Count = settings.Regions.Length.ToString(CultureInfo.InvariantCulture),
                Reference = $"ref-{Input.At("$.OrderId")}-{settings.MaxAttempts}",
            }))
            .Then(Succeed("Done"));
    }
}

/// <summary>The same fragments in a JSONata workflow: the builders write Arguments and JSONata expressions.</summary>
[StateMachine(Name = "ReuseOrdersJsonAta", QueryLanguage = QueryLanguage.JsonAta)]
public partial class ReuseJsonAtaWorkflow : IStateMachine<Order, string>
{
    public static Workflow Define() => Workflow
        .StartWith(Fragments.ChargeAndConfirm("Card", "${ChargeCardArn}"))
        .Then(Fragments.StartLinked<RegionalShipping>("Ship")
            .Input(new ShipInput(Input.At("$.OrderId"), Fragments.Shipping.Regions[^1]))
            .Output(new { Shipped = "{% $states.result %}" }))
        .Then(Fragments.Notify("Notify", $"Order {Input.At("$.OrderId")} ({Context.ExecutionName}) shipped"))
        .Then(Wait("Cool down").Seconds(Input.At("$.delay")))
        .Then(Fail("Stop").Error("Order." + Input.At("$.OrderId")).Cause("Done"));
}
