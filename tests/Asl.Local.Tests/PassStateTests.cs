using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

public class PassStateTests
{
    [Fact]
    public async Task Pass_without_fields_passes_its_input_through()
        => Assert.Equal(Compact("""{"a":1}"""), await OutputOfAsync("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""", """{"a":1}"""));

    [Fact]
    public async Task Result_replaces_the_input_when_ResultPath_is_absent()
        => Assert.Equal(Compact("""{"x":[1,2]}"""), await OutputOfAsync(Pass("\"Result\":{\"x\":[1,2]}"), """{"a":1}"""));

    [Fact]
    public async Task ResultPath_places_the_result_inside_the_input()
        => Assert.Equal(Compact("""{"a":1,"r":{"b":{"c":"v"}}}"""), await OutputOfAsync(Pass("\"Result\":\"v\",\"ResultPath\":\"$.r.b.c\""), """{"a":1}"""));

    [Fact]
    public async Task ResultPath_null_discards_the_result()
        => Assert.Equal(Compact("""{"a":1}"""), await OutputOfAsync(Pass("\"Result\":\"v\",\"ResultPath\":null"), """{"a":1}"""));

    [Fact]
    public async Task Parameters_build_the_result_from_paths_and_the_context_object()
        => Assert.Equal(Compact("""{"first":"x","name":"P","all":["x","y"]}"""),
            await OutputOfAsync(Pass("\"Parameters\":{\"first.$\":\"$.items[0]\",\"name.$\":\"$$.State.Name\",\"all.$\":\"$.items\"}"), """{"items":["x","y"]}"""));
}
