namespace Asl;

/// <summary>
/// How a machine's data names C# members in JSON: the property naming policy of System.Text.Json that the machine's
/// input, output and the data its lambdas read and write follow. <c>[JsonPropertyName]</c> on a member always wins.
/// Set it with <see cref="StateMachineAttribute.JsonNaming"/>; the generated client and the test harness serialize with
/// the same policy.
/// </summary>
public enum JsonNaming
{
    /// <summary>Member names as written in C# (<c>OrderId</c>); no naming policy.</summary>
    AsWritten,
    /// <summary><c>orderId</c>: <c>JsonNamingPolicy.CamelCase</c>.</summary>
    CamelCase,
    /// <summary><c>order_id</c>: <c>JsonNamingPolicy.SnakeCaseLower</c>.</summary>
    SnakeCaseLower,
    /// <summary><c>ORDER_ID</c>: <c>JsonNamingPolicy.SnakeCaseUpper</c>.</summary>
    SnakeCaseUpper,
    /// <summary><c>order-id</c>: <c>JsonNamingPolicy.KebabCaseLower</c>.</summary>
    KebabCaseLower,
    /// <summary><c>ORDER-ID</c>: <c>JsonNamingPolicy.KebabCaseUpper</c>.</summary>
    KebabCaseUpper,
}
