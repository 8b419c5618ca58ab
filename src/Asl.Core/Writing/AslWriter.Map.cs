using Asl.Model;

namespace Asl.Writing;

public static partial class AslWriter
{
    /// <summary>InputPath, then where the items come from, how they are processed, and where results go.</summary>
    private static void WriteMapBody(JsonTextBuilder json, MapState map)
    {
        OptionalPath(json, "InputPath", map.InputPath);
        WriteItemReader(json, map.ItemReader);
        OptionalString(json, "ItemsPath", map.ItemsPath);
        OptionalValue(json, "Items", map.Items);
        OptionalValue(json, "ItemSelector", map.ItemSelector);
        OptionalValue(json, "Parameters", map.Parameters);
        WriteItemBatcher(json, map.ItemBatcher);
        OptionalValue(json, "MaxConcurrency", map.MaxConcurrency);
        OptionalString(json, "MaxConcurrencyPath", map.MaxConcurrencyPath);
        OptionalValue(json, "ToleratedFailurePercentage", map.ToleratedFailurePercentage);
        OptionalString(json, "ToleratedFailurePercentagePath", map.ToleratedFailurePercentagePath);
        OptionalValue(json, "ToleratedFailureCount", map.ToleratedFailureCount);
        OptionalString(json, "ToleratedFailureCountPath", map.ToleratedFailureCountPath);
        OptionalString(json, "Label", map.Label);
        WriteProcessor(json, "ItemProcessor", map.ItemProcessor);
        WriteProcessor(json, "Iterator", map.Iterator);
        WriteResultWriter(json, map.ResultWriter);
    }

    private static void WriteItemReader(JsonTextBuilder json, ItemReader? reader)
    {
        if (reader is null) return;
        json.Name("ItemReader");
        json.BeginObject();
        json.Name("Resource");
        json.String(reader.Resource);
        if (reader.ReaderConfig is { } config)
        {
            json.Name("ReaderConfig");
            json.BeginObject();
            OptionalString(json, "InputType", config.InputType);
            OptionalString(json, "CSVHeaderLocation", config.CSVHeaderLocation);
            OptionalStrings(json, "CSVHeaders", config.CSVHeaders);
            OptionalString(json, "CSVDelimiter", config.CSVDelimiter);
            OptionalString(json, "ManifestType", config.ManifestType);
            OptionalValue(json, "MaxItems", config.MaxItems);
            OptionalString(json, "MaxItemsPath", config.MaxItemsPath);
            json.EndObject();
        }
        OptionalValue(json, "Parameters", reader.Parameters);
        OptionalValue(json, "Arguments", reader.Arguments);
        json.EndObject();
    }

    private static void WriteItemBatcher(JsonTextBuilder json, ItemBatcher? batcher)
    {
        if (batcher is null) return;
        json.Name("ItemBatcher");
        json.BeginObject();
        OptionalValue(json, "MaxItemsPerBatch", batcher.MaxItemsPerBatch);
        OptionalString(json, "MaxItemsPerBatchPath", batcher.MaxItemsPerBatchPath);
        OptionalValue(json, "MaxInputBytesPerBatch", batcher.MaxInputBytesPerBatch);
        OptionalString(json, "MaxInputBytesPerBatchPath", batcher.MaxInputBytesPerBatchPath);
        OptionalValue(json, "BatchInput", batcher.BatchInput);
        json.EndObject();
    }

    private static void WriteResultWriter(JsonTextBuilder json, ResultWriter? writer)
    {
        if (writer is null) return;
        json.Name("ResultWriter");
        json.BeginObject();
        OptionalString(json, "Resource", writer.Resource);
        if (writer.WriterConfig is { } config)
        {
            json.Name("WriterConfig");
            json.BeginObject();
            OptionalString(json, "OutputType", config.OutputType);
            OptionalString(json, "Transformation", config.Transformation);
            json.EndObject();
        }
        OptionalValue(json, "Parameters", writer.Parameters);
        OptionalValue(json, "Arguments", writer.Arguments);
        json.EndObject();
    }
}
