using System.Text.Json.Serialization;
using static Asl.States;

namespace Asl.Local.Tests.Testing;

public sealed record CamelOrder(string OrderId, decimal OrderTotal, bool IsExpress, [property: JsonPropertyName("customer_name")] string CustomerName, CamelLine[] OrderLines);

public sealed record CamelLine(string LineSku, int LineQuantity);

public sealed record CamelRouted(string OrderId, string RouteName, string CustomerName, int ItemCount);

/// <summary>
/// A camelCase machine: its Choice lambda reads camelCase input, a JSONPath Parameters lambda and a JSONata Output lambda
/// write camelCase output, and [JsonPropertyName] keeps its own name.
/// </summary>
[StateMachine(Name = "CamelRouting", JsonNaming = JsonNaming.CamelCase)]
public partial class CamelRoutingWorkflow : IStateMachine<CamelOrder, CamelRouted>
{
    public static Workflow Define() => Workflow
        .StartWith(Choice("Route")
            .When((CamelOrder o) => o.OrderTotal > 1000 && !o.IsExpress, Pass("Review")
                .Parameters((CamelOrder o) => new CamelRouted(o.OrderId, "review", o.CustomerName, o.OrderLines.Length)))
            .Otherwise(Pass("Fast").QueryLanguage(QueryLanguage.JsonAta)
                .Output((CamelOrder o) => new CamelRouted(o.OrderId, "fast", o.CustomerName.ToUpper(), o.OrderLines.Sum(l => l.LineQuantity)))));
}

/// <summary>A camelCase machine whose Lambda function's typed answer flows on: the mock speaks the machine's names.</summary>
[StateMachine(Name = "CamelQuote", JsonNaming = JsonNaming.CamelCase)]
public partial class CamelQuoteWorkflow : IStateMachine<CamelOrder, CamelRouted>
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Quote", "quote").Returns<CamelRouted>().OutputPath("$.Payload").RetryOnServiceExceptions(false));
}
