using System.Globalization;
using Asl.JsonAta;

namespace Asl.Local.Jsonata;

/// <summary>
/// A JSONata error while compiling or evaluating an expression, with JSONata's code (T0410, D3030, S0201, ...) and
/// the values its message names. The message is JSONata 2.0.6's, which Step Functions quotes in a failed state's cause.
/// </summary>
internal sealed class JsonAtaError : Exception
{
    public JsonAtaError(string code) : base(code) => Code = code;

    public string Code { get; }

    /// <summary>Offset in the expression of the node where it happened, or -1.</summary>
    public int Position { get; set; } = -1;

    /// <summary>The operator or function name the message names ({{token}}).</summary>
    public string? Token { get; set; }

    public bool HasValue { get; private set; }
    private object? _value;

    /// <summary>The value the message shows ({{value}}); undefined (null) shows as "undefined".</summary>
    public object? Value
    {
        get => _value;
        set { _value = value; HasValue = true; }
    }

    public object? Value2 { get; set; }
    public int? Index { get; set; }
    public string? Type { get; set; }
    public object? Exponent { get; set; }
    public string? FunctionName { get; set; }

    /// <summary>A message of its own (for $error, $assert and the evaluation limits), instead of the code's template.</summary>
    public string? CustomMessage { get; set; }

    /// <summary>True for the limits of an evaluation (depth, time, memory): Step Functions words their causes differently.</summary>
    public bool IsLimit => Code == "U1001";

    public override string Message => CustomMessage ?? JsonAtaErrorCodes.Message(Code, (name, raw) => name switch
    {
        "token" => Token is null ? null : raw ? Token : JsonAtaErrorCodes.Quote(Token),
        "value" => HasValue ? (raw ? JsonAtaJson.Text(_value) : JsonAtaJson.Stringify(_value)) : null,
        "value2" => JsonAtaJson.Stringify(Value2),
        "index" => Index?.ToString(CultureInfo.InvariantCulture),
        "type" => Type is null ? null : JsonAtaErrorCodes.Quote(Type),
        "exp" => JsonAtaJson.Stringify(Exponent),
        "functionName" => FunctionName,
        "message" => CustomMessage,
        _ => null,
    });

    public static JsonAtaError Limit(string message) => new("U1001") { CustomMessage = message };

    public static JsonAtaError FromSyntax(JsonAtaSyntaxError error) =>
        error.IsTooDeep ? Limit(error.JsonAtaMessage) : new JsonAtaError(error.Code) { CustomMessage = error.JsonAtaMessage, Position = error.Offset, Token = error.Token };
}
