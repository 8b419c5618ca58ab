using Asl.Json;

namespace Asl.Dsl.Tests.Reading;

public class ItemsPathNullTests
{
    private const string Machine = """
        {
          "StartAt": "Each",
          "States": {
            "Each": {
              "Type": "Map", ITEMS
              "ItemProcessor": { "StartAt": "Work", "States": { "Work": { "Type": "Pass", "End": true } } },
              "End": true
            }
          }
        }
        """;

    [Fact]
    public void Null_ItemsPath_is_reported_at_the_field()
    {
        var result = AslReader.Read(Machine.Replace("ITEMS", "\"ItemsPath\": null,"));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("ASL1204", finding.Code);
        Assert.Equal("/States/Each/ItemsPath", finding.Pointer);
    }

    [Fact]
    public void ItemsPath_with_a_reference_path_is_read()
    {
        var result = AslReader.Read(Machine.Replace("ITEMS", "\"ItemsPath\": \"$.items\","));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("$.items", ((Asl.Model.MapState)result.Machine!.States[0].State).ItemsPath);
    }
}
