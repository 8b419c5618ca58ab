using Asl.Paths;

namespace Asl.Core.Tests.Paths;

public class PayloadExpressionsTests
{
    [Theory]
    [InlineData("$", PayloadExpressionKind.Path)]
    [InlineData("$.a", PayloadExpressionKind.Path)]
    [InlineData("$['a']", PayloadExpressionKind.Path)]
    [InlineData("$$.Task.Token", PayloadExpressionKind.ContextPath)]
    [InlineData("$$", PayloadExpressionKind.ContextPath)]
    [InlineData("$order.id", PayloadExpressionKind.VariablePath)]
    [InlineData("States.Format('{}', $.x)", PayloadExpressionKind.IntrinsicCall)]
    [InlineData("States.Format ('x')", PayloadExpressionKind.IntrinsicCall)]
    [InlineData("Custom.Fn()", PayloadExpressionKind.IntrinsicCall)]
    [InlineData("hello", PayloadExpressionKind.None)]
    [InlineData("", PayloadExpressionKind.None)]
    [InlineData(" $.a", PayloadExpressionKind.None)]
    [InlineData("{% $x %}", PayloadExpressionKind.None)]
    public void Classify_looks_at_the_first_characters(string value, PayloadExpressionKind kind)
    {
        Assert.Equal(kind, PayloadExpressions.Classify(value));
    }

    [Fact]
    public void Parse_returns_a_path_for_path_kinds()
    {
        var result = PayloadExpressions.Parse("$$.Execution.Input.TaskToken");
        Assert.True(result.Success);
        Assert.Equal(PayloadExpressionKind.ContextPath, result.Kind);
        Assert.Equal(PathRoot.Context, result.Path!.Root);
        Assert.Null(result.Call);
    }

    [Fact]
    public void Parse_returns_a_call_for_intrinsics()
    {
        var result = PayloadExpressions.Parse("States.JsonMerge($.a, $.b, false)");
        Assert.True(result.Success);
        Assert.Equal(IntrinsicFunctions.JsonMerge, result.Call!.Name);
        Assert.Null(result.Path);
    }

    [Fact]
    public void Parse_keeps_the_kind_and_reports_the_offset_on_failure()
    {
        var result = PayloadExpressions.Parse("States.Format ('x')");
        Assert.False(result.Success);
        Assert.Equal(PayloadExpressionKind.IntrinsicCall, result.Kind);
        Assert.Equal(13, result.ErrorOffset);

        var none = PayloadExpressions.Parse("hello");
        Assert.False(none.Success);
        Assert.Equal(PayloadExpressionKind.None, none.Kind);
    }
}
