using System.Text.RegularExpressions;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// J10: the ResultWriter's resource and WriterConfig. A WriterConfig without Resource is valid (AWS
// transforms the output without exporting it); a ResultWriter with neither fails when the Map runs.
internal sealed partial class MapAndErrorRules
{
    private static readonly Regex ResultWriterResource = new(@"^arn:aws(-[a-z]+)*:states:::s3:putObject$", RegexOptions.CultureInvariant);
    private static readonly string[] OutputTypes = { "JSON", "JSONL" };
    private static readonly string[] Transformations = { "NONE", "COMPACT", "FLATTEN" };

    private static void CheckResultWriter(ValidationContext context, StateSite site, MapState map)
    {
        if (map.ResultWriter is not { } writer) return;
        var pointer = site.FieldPointer("ResultWriter");

        if (writer.Resource is null && writer.WriterConfig is null)
            context.Report(AslRules.EmptyResultWriter, pointer, site.Name);
        if (writer.Resource is not null && !IsS3Resource(writer.Resource, ResultWriterResource))
            context.Report(AslRules.InvalidResultWriterResource, pointer.Member("Resource"), site.Name, Describe(writer.Resource));

        if (writer.WriterConfig is not { } config) return;
        var configPointer = pointer.Member("WriterConfig");
        if (config.OutputType is null)
            context.Report(AslRules.WriterConfigWithoutOutputType, configPointer, site.Name);
        else if (!IsOneOf(config.OutputType, OutputTypes))
            context.Report(AslRules.InvalidWriterConfigValue, configPointer.Member("OutputType"),
                "OutputType", site.Name, Describe(config.OutputType), ListOf(OutputTypes));
        if (config.Transformation is { } transformation && !IsOneOf(transformation, Transformations))
            context.Report(AslRules.InvalidWriterConfigValue, configPointer.Member("Transformation"),
                "Transformation", site.Name, Describe(transformation), ListOf(Transformations));
    }
}
