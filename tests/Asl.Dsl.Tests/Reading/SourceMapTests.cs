using Asl.Json;

namespace Asl.Dsl.Tests.Reading;

public class SourceMapTests
{
    private const string Definition =
        "{\n" +                                                   // line 1
        "  \"StartAt\": \"First\",\n" +                           // line 2
        "  \"States\": {\n" +                                     // line 3
        "    \"First\": {\n" +                                    // line 4
        "      \"Type\": \"Pass\",\n" +                           // line 5
        "      \"Result\": [10, {\"k\": \"v\"}],\n" +             // line 6
        "      \"Next\":\n" +                                     // line 7
        "        \"a/b~c\"\n" +                                   // line 8
        "    },\n" +                                              // line 9
        "    \"a/b~c\": {\"Type\": \"Succeed\"}\n" +              // line 10
        "  }\n" +
        "}";

    private static readonly SourceMap Map = AslReader.Read(Definition).Locations;

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/StartAt", 2, 3)]
    [InlineData("/States", 3, 3)]
    [InlineData("/States/First", 4, 5)]
    [InlineData("/States/First/Type", 5, 7)]
    [InlineData("/States/First/Result/0", 6, 18)]
    [InlineData("/States/First/Result/1", 6, 22)]
    [InlineData("/States/First/Result/1/k", 6, 23)]
    [InlineData("/States/First/Next", 7, 7)]
    [InlineData("/States/a~1b~0c", 10, 5)]
    public void A_member_is_located_at_its_key_and_an_item_at_its_value(string pointer, int line, int column)
    {
        Assert.True(Map.TryGetLocation(pointer, out var actualLine, out var actualColumn));
        Assert.Equal((line, column), (actualLine, actualColumn));
        Assert.True(Map.Contains(pointer));
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/StartAt", 2, 14)]
    [InlineData("/States/First", 4, 14)]
    [InlineData("/States/First/Next", 8, 9)]
    [InlineData("/States/First/Result", 6, 17)]
    public void The_value_location_of_a_member_is_where_its_value_starts(string pointer, int line, int column)
    {
        Assert.True(Map.TryGetValueLocation(pointer, out var actualLine, out var actualColumn));
        Assert.Equal((line, column), (actualLine, actualColumn));
    }

    [Theory]
    [InlineData("/States/First/End", 4, 5)]
    [InlineData("/States/First/Result/7", 6, 7)]
    [InlineData("/States/First/Result/01", 6, 7)]
    [InlineData("/States/First/Result/-1", 6, 7)]
    [InlineData("/States/Missing/Next", 3, 3)]
    [InlineData("/Nothing", 1, 1)]
    [InlineData("no-leading-slash", 1, 1)]
    public void A_pointer_to_something_absent_falls_back_to_its_nearest_present_ancestor(string pointer, int line, int column)
    {
        Assert.True(Map.TryGetLocation(pointer, out var actualLine, out var actualColumn));
        Assert.Equal((line, column), (actualLine, actualColumn));
        Assert.False(Map.Contains(pointer));
    }

    [Fact]
    public void Columns_count_UTF16_code_units_so_an_emoji_takes_two()
    {
        var map = AslReader.Read("{\"Comment\": \"é😀\", \"StartAt\": \"S\", \"States\": {}}").Locations;

        Assert.True(map.TryGetLocation("/StartAt", out var line, out var column));
        Assert.Equal((1, 20), (line, column));
    }

    [Fact]
    public void Windows_line_ends_count_as_one_line_break()
    {
        var map = AslReader.Read("{\r\n\"StartAt\": \"S\",\r\n  \"States\": {}\r\n}").Locations;

        Assert.True(map.TryGetLocation("/States", out var line, out var column));
        Assert.Equal((3, 3), (line, column));
    }

    [Fact]
    public void Findings_about_missing_fields_point_at_the_owning_member()
    {
        var result = AslReader.Read("{\"StartAt\": \"S\", \"States\": {\n  \"S\": {\"Type\": \"Task\", \"End\": true}}}");

        var finding = Findings.Single(result, "ASL1091", "/States/S");
        Findings.At(result, finding, 2, 3);
    }

    [Fact]
    public void Every_state_of_a_read_machine_has_an_exact_location()
    {
        var result = AslReader.ReadFile(TestData.PathOf("reader/jsonpath-every-field.asl.json"));

        Assert.All(Asl.Model.ModelWalker.States(result.Machine!), site => Assert.True(result.Locations.Contains(site.Pointer), site.Pointer));
    }

    [Fact]
    public void The_empty_map_knows_no_locations()
    {
        Assert.False(SourceMap.Empty.HasLocations);
        Assert.False(SourceMap.Empty.TryGetLocation("", out _, out _));
    }

    [Fact]
    public void Locations_far_into_a_large_definition_count_every_line_and_character_before_them()
    {
        // Over 64 KB with multi-byte characters on the way: positions are worked out from the kept text on demand.
        var text = new System.Text.StringBuilder("{\"StartAt\": \"S0\", \"States\": {\n");
        const int count = 1500;
        for (var i = 0; i < count; i++)
            text.Append($"  \"S{i}\": {{\"Comment\": \"é😀 state {i}\", \"Type\": \"Pass\", ").Append(i + 1 < count ? $"\"Next\": \"S{i + 1}\"}},\n" : "\"End\": true}\n");
        text.Append("}}");
        var json = text.ToString();
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) > 65_536);
        var map = AslReader.Read(System.Text.Encoding.UTF8.GetBytes(json)).Locations;

        foreach (var i in new[] { 0, 17, 700, 1499 })
        {
            var key = json.IndexOf($"\"S{i}\": {{", System.StringComparison.Ordinal);
            var next = json.IndexOf("\"Type\"", key, System.StringComparison.Ordinal);
            var lineStart = json.LastIndexOf('\n', key) + 1;
            Assert.True(map.TryGetLocation($"/States/S{i}", out var line, out var column));
            Assert.Equal((i + 2, key - lineStart + 1), (line, column));
            Assert.True(map.TryGetLocation($"/States/S{i}/Type", out line, out column));
            Assert.Equal((i + 2, next - lineStart + 1), (line, column));
        }
    }

    [Fact]
    public void Bytes_with_a_byte_order_mark_locate_findings_alike_whether_passed_as_an_array_or_a_span()
    {
        var text = System.Text.Encoding.UTF8.GetBytes("{\"StartAt\": \"S\",\n  \"States\": {\"S\": {\"Type\": \"Succeed\"}}}");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(text).ToArray();

        foreach (var map in new[] { AslReader.Read(bytes).Locations, AslReader.Read(bytes.AsSpan()).Locations, AslReader.Read(text).Locations })
        {
            Assert.True(map.TryGetLocation("/States/S/Type", out var line, out var column));
            Assert.Equal((2, 20), (line, column));
        }
    }
}
