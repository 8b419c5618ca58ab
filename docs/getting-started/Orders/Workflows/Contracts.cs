namespace Orders.Workflows;

/// <summary>An order to process.</summary>
public sealed record OrderInput(string OrderId, decimal Amount);

/// <summary>What processing an order gives.</summary>
public sealed record OrderResult(string OrderId, string ChargeId, string TrackingNumber);

/// <summary>What the ChargeCard function receives.</summary>
public sealed record ChargeRequest(string OrderId, decimal Amount);

/// <summary>What the ChargeCard function answers.</summary>
public sealed record ChargeResult(string ChargeId);

/// <summary>What the Shipping machine receives.</summary>
public sealed record ShipmentRequest(string OrderId);

/// <summary>What the Shipping machine answers.</summary>
public sealed record ShipmentResult(string TrackingNumber);

/// <summary>A refund to make.</summary>
public sealed record RefundRequest(string OrderId, decimal Amount);

/// <summary>What a refund gives.</summary>
public sealed record RefundResult(string OrderId, decimal Refunded);
