using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Generators;

internal sealed partial class MachineBuilder
{
    private PassState Pass(string? language, ContainerScope scope, string? next)
    {
        var state = new PassState { QueryLanguage = language, Comment = OptionalComment(), Next = next, End = next is null };
        if (IsJsonAta(language))
        {
            var ata = AtaScopeOf(scope);
            return state with { Output = OptionalAtaOutput(ata, 50), Assign = OptionalAtaAssign(ata) };
        }
        var withInput = _draw.Int(0, 2) switch
        {
            0 => state with { Parameters = _paths.Template(PathScopeOf(scope)) },
            1 => state with { Result = _literals.Value() },
            _ => state,
        };
        return withInput with
        {
            InputPath = OptionalPath(20),
            ResultPath = OptionalResultPath(30),
            OutputPath = OptionalPath(20),
            Assign = OptionalPathAssign(scope),
        };
    }

    private WaitState Wait(string? language, ContainerScope scope, string? next)
    {
        var state = new WaitState { QueryLanguage = language, Comment = OptionalComment(), Next = next, End = next is null };
        if (IsJsonAta(language))
        {
            var ata = AtaScopeOf(scope);
            state = _draw.Int(0, 3) switch
            {
                0 => state with { Seconds = AslJson.Of(_draw.Int(0, 600)) },
                1 => state with { Seconds = AslJson.Of(_ata.NumberExpression(ata)) },
                2 => state with { Timestamp = AslJson.Of(_literals.Timestamp()) },
                _ => state with { Timestamp = AslJson.Of(_ata.TimestampExpression()) },
            };
            return state with { Output = OptionalAtaOutput(ata), Assign = OptionalAtaAssign(ata) };
        }
        state = _draw.Int(0, 4) switch
        {
            0 => state with { Seconds = AslJson.Of(_draw.Int(0, 600)) },
            1 => state with { SecondsPath = _paths.FieldPath() },
            2 => state with { Timestamp = AslJson.Of(_literals.Timestamp()) },
            3 => state with { TimestampPath = _paths.FieldPath() },
            _ => state with { Seconds = AslJson.Of("${WaitSeconds}") },
        };
        return state with { InputPath = OptionalPath(15), OutputPath = OptionalPath(15), Assign = OptionalPathAssign(scope) };
    }

    private SucceedState Succeed(string? language, ContainerScope scope)
    {
        var state = new SucceedState { QueryLanguage = language, Comment = OptionalComment() };
        return IsJsonAta(language)
            ? state with { Output = OptionalAtaOutput(AtaScopeOf(scope)) }
            : state with { InputPath = OptionalPath(20), OutputPath = OptionalPath(20) };
    }

    private FailState Fail(string? language, ContainerScope scope)
    {
        var state = new FailState { QueryLanguage = language, Comment = OptionalComment() };
        var errorName = _draw.Pick("OrderFailed", "Custom.Failure", "Payment.Declined", "Timeout");
        var cause = _literals.Text();
        if (IsJsonAta(language))
        {
            var ata = AtaScopeOf(scope);
            return state with
            {
                Error = _draw.Int(0, 2) switch { 0 => null, 1 => AslJson.Of(errorName), _ => AslJson.Of(_ata.Expression(ata)) },
                Cause = _draw.Int(0, 2) switch { 0 => null, 1 => AslJson.Of(cause), _ => AslJson.Of(_ata.Expression(ata)) },
            };
        }
        var paths = PathScope.None;
        state = _draw.Int(0, 2) switch
        {
            0 => state,
            1 => state with { Error = AslJson.Of(errorName) },
            _ => state with { ErrorPath = _paths.StringIntrinsicOrPath(paths) },
        };
        return _draw.Int(0, 2) switch
        {
            0 => state,
            1 => state with { Cause = AslJson.Of(cause) },
            _ => state with { CausePath = _paths.StringIntrinsicOrPath(paths) },
        };
    }
}
