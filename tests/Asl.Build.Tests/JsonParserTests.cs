using Asl.Build.Json;

namespace Asl.Build.Tests;

/// <summary>The task's own JSON parser: strict, and never throws.</summary>
public sealed class JsonParserTests
{
    [Fact]
    public void Objects_arrays_strings_and_escapes_are_read()
    {
        var value = JsonParser.Parse("""{"a":[1,-2.5e3,true,null,"x\"\u00e9\n"],"b":{}}""", out var error);

        Assert.Null(error);
        var root = Assert.IsType<JsonObject>(value);
        var items = Assert.IsType<JsonArray>(root["a"]).Items;
        Assert.Equal(["1", "-2.5e3", "true", "null"], items.Take(4).Select(i => Assert.IsType<JsonLiteral>(i).Raw));
        Assert.Equal("x\"é\n", items[4].AsString);
        Assert.IsType<JsonObject>(root["b"]);
    }

    [Theory]
    [InlineData("", "unexpected end of text at offset 0")]
    [InlineData("{\"a\":1,}", "expected a member name at offset 7")]
    [InlineData("[1 2]", "expected ',' or ']' at offset 3")]
    [InlineData("\"open", "unterminated string at offset 5")]
    [InlineData("{} x", "unexpected text after the value at offset 3")]
    [InlineData("[01x]", "expected ',' or ']' at offset 2")]
    [InlineData("\"\\q\"", "invalid escape sequence at offset 3")]
    public void Malformed_text_gives_null_and_says_where(string text, string expected)
    {
        Assert.Null(JsonParser.Parse(text, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        Assert.Null(JsonParser.Parse(deep, out var error));
        Assert.StartsWith("nesting is deeper than 512", error);
    }
}
