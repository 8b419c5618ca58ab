using Asl.Json;
using Asl.Local.Json;
using CsCheck;

namespace Asl.Local.Tests;

public class JsonTextTests
{
    private static readonly Gen<AslJson> Scalar = Gen.OneOf(
        Gen.Const((AslJson)AslJson.Null),
        Gen.Bool.Select(b => (AslJson)AslJson.Of(b)),
        Gen.Long.Select(n => (AslJson)AslJson.Of(n)),
        Gen.Double[-1e6, 1e6].Select(d => (AslJson)AslJsonNumber.FromDouble(d)),
        Gen.String.Select(s => (AslJson)new AslJsonString(s)));

    private static readonly Gen<AslJson> Value = Gen.Recursive<AslJson>((depth, value) => depth >= 3 ? Scalar : Gen.OneOf(
        Scalar,
        value.Array[0, 4].Select(items => (AslJson)JsonValues.Array(items)),
        Gen.Select(Gen.String[0, 6], value).Array[0, 4].Select(members =>
        {
            var builder = new JsonObjectBuilder();
            foreach (var (name, member) in members) builder.Set(name, member);
            return (AslJson)builder.Build();
        })));

    [Fact]
    public void Writing_then_parsing_gives_back_an_equal_value()
        => Value.Sample(value => Assert.Equal(value, JsonText.Parse(JsonText.Write(value))));

    [Fact]
    public void Writing_escapes_only_what_JSON_requires()
        => Assert.Equal("\"a\\\"b\\\\c\\n\\u0001/é\"", JsonText.Write(new AslJsonString("a\"b\\c\n\u0001/é")));

    [Fact]
    public void Numbers_keep_their_text()
        => Assert.Equal("[1.0,1e3,-0.50]", JsonText.Write(JsonText.Parse("[1.0, 1e3, -0.50]")));

    [Fact]
    public void Invalid_text_is_reported_without_throwing_from_TryParse()
    {
        Assert.False(JsonText.TryParse("{\"a\":}", out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_written_as_an_escape_so_the_text_is_always_Unicode()
    {
        // A function can cut a pair in two (a substring, a split); UTF-8 writers downstream reject a lone half.
        Assert.Equal("\"a\\ud83db\\udc00\"", JsonText.Write(new AslJsonString("a\ud83db\udc00")));
        Assert.Equal("\"\ud83d\ude00\"", JsonText.Write(new AslJsonString("\ud83d\ude00")));
    }

    [Fact]
    public void Parsing_an_escaped_half_of_a_surrogate_pair_is_a_JSON_error_not_a_crash()
    {
        Assert.False(JsonText.TryParse("{\"a\": \"\\ud800\"}", out _, out var error));
        Assert.StartsWith("The string at byte 6 is not valid Unicode text", error);
        Assert.False(JsonText.TryParse("{\"\\udc00\": 1}", out _, out _));
    }

    [Fact]
    public void A_repeated_member_name_keeps_the_last_value_in_the_first_position()
        => Assert.Equal("""{"a":2,"b":1}""", JsonText.Write(JsonText.Parse("""{"a":1,"b":1,"a":2}""")));
}
