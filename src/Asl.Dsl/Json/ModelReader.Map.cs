using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Json;

internal sealed partial class ModelReader
{
    private static readonly FieldSet ItemReaderFields = new("Resource", "ReaderConfig", "Parameters", "Arguments");
    private static readonly FieldSet ReaderConfigFields = new("InputType", "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter",
        "ManifestType", "MaxItems", "MaxItemsPath");
    private static readonly FieldSet ItemBatcherFields = new("MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch",
        "MaxInputBytesPerBatchPath", "BatchInput");
    private static readonly FieldSet ResultWriterFields = new("Resource", "WriterConfig", "Parameters", "Arguments");
    private static readonly FieldSet WriterConfigFields = new("OutputType", "Transformation");

    /// <summary>ItemsPath may not be null (F04), unlike InputPath, OutputPath and ResultPath.</summary>
    private string? ItemsPath(JsonNode node, LazyPointer pointer)
    {
        if (node.Find("ItemsPath") is { Value.Kind: JsonNodeKind.Null })
        {
            Report(Asl.Diagnostics.AslRules.ItemsPathNull, Field(pointer, "ItemsPath"));
            return null;
        }
        return OptionalString(node, pointer, "ItemsPath");
    }

    private MapState ReadMap(JsonNode node, LazyPointer pointer) => new()
    {
        Comment = Comment(node, pointer),
        QueryLanguage = OptionalString(node, pointer, "QueryLanguage"),
        InputPath = OptionalPath(node, pointer, "InputPath"),
        ItemReader = ReadItemReader(node, pointer),
        ItemsPath = ItemsPath(node, pointer),
        Items = OptionalValue(node, "Items"),
        ItemSelector = OptionalValue(node, "ItemSelector"),
        Parameters = OptionalValue(node, "Parameters"),
        ItemBatcher = ReadItemBatcher(node, pointer),
        MaxConcurrency = OptionalValue(node, "MaxConcurrency"),
        MaxConcurrencyPath = OptionalString(node, pointer, "MaxConcurrencyPath"),
        ToleratedFailurePercentage = OptionalValue(node, "ToleratedFailurePercentage"),
        ToleratedFailurePercentagePath = OptionalString(node, pointer, "ToleratedFailurePercentagePath"),
        ToleratedFailureCount = OptionalValue(node, "ToleratedFailureCount"),
        ToleratedFailureCountPath = OptionalString(node, pointer, "ToleratedFailureCountPath"),
        Label = OptionalString(node, pointer, "Label"),
        ItemProcessor = ReadProcessorField(node, pointer, "ItemProcessor"),
        Iterator = ReadProcessorField(node, pointer, "Iterator"),
        ResultWriter = ReadResultWriter(node, pointer),
        ResultSelector = OptionalValue(node, "ResultSelector"),
        ResultPath = OptionalPath(node, pointer, "ResultPath"),
        OutputPath = OptionalPath(node, pointer, "OutputPath"),
        Output = OptionalValue(node, "Output"),
        Assign = OptionalValue(node, "Assign"),
        Retry = ReadRetry(node, pointer),
        Catch = ReadCatch(node, pointer),
        Next = OptionalString(node, pointer, "Next"),
        End = ReadEnd(node, pointer),
    };

    private ItemProcessor? ReadProcessorField(JsonNode map, LazyPointer pointer, string name) =>
        OptionalObject(map, pointer, name) is { } node ? ReadProcessor(node, Field(pointer, name), isIterator: name == "Iterator") : null;

    private ItemReader? ReadItemReader(JsonNode map, LazyPointer mapPointer)
    {
        if (OptionalObject(map, mapPointer, "ItemReader") is not { } node) return null;
        var pointer = Field(mapPointer, "ItemReader");
        ReportUnknownObjectFields(node, pointer, ItemReaderFields, "an ItemReader");
        var resource = RequiredString(node, pointer, "Resource", "An ItemReader", "the ARN of the read action, for example \"arn:aws:states:::s3:getObject\"");
        return new ItemReader(resource)
        {
            ReaderConfig = ReadReaderConfig(node, pointer),
            Parameters = OptionalValue(node, "Parameters"),
            Arguments = OptionalValue(node, "Arguments"),
        };
    }

    private ReaderConfig? ReadReaderConfig(JsonNode reader, LazyPointer readerPointer)
    {
        if (OptionalObject(reader, readerPointer, "ReaderConfig") is not { } node) return null;
        var pointer = Field(readerPointer, "ReaderConfig");
        ReportUnknownObjectFields(node, pointer, ReaderConfigFields, "a ReaderConfig");
        var headers = OptionalArray(node, pointer, "CSVHeaders", "an array of strings");
        return new ReaderConfig
        {
            InputType = OptionalString(node, pointer, "InputType"),
            CSVHeaderLocation = OptionalString(node, pointer, "CSVHeaderLocation"),
            CSVHeaders = headers is { } array ? Strings(array, Field(pointer, "CSVHeaders")) : default(Collections.EquatableArray<string>?),
            CSVDelimiter = OptionalString(node, pointer, "CSVDelimiter"),
            ManifestType = OptionalString(node, pointer, "ManifestType"),
            MaxItems = OptionalValue(node, "MaxItems"),
            MaxItemsPath = OptionalString(node, pointer, "MaxItemsPath"),
        };
    }

    private ItemBatcher? ReadItemBatcher(JsonNode map, LazyPointer mapPointer)
    {
        if (OptionalObject(map, mapPointer, "ItemBatcher") is not { } node) return null;
        var pointer = Field(mapPointer, "ItemBatcher");
        ReportUnknownObjectFields(node, pointer, ItemBatcherFields, "an ItemBatcher");
        return new ItemBatcher
        {
            MaxItemsPerBatch = OptionalValue(node, "MaxItemsPerBatch"),
            MaxItemsPerBatchPath = OptionalString(node, pointer, "MaxItemsPerBatchPath"),
            MaxInputBytesPerBatch = OptionalValue(node, "MaxInputBytesPerBatch"),
            MaxInputBytesPerBatchPath = OptionalString(node, pointer, "MaxInputBytesPerBatchPath"),
            BatchInput = OptionalValue(node, "BatchInput"),
        };
    }

    private ResultWriter? ReadResultWriter(JsonNode map, LazyPointer mapPointer)
    {
        if (OptionalObject(map, mapPointer, "ResultWriter") is not { } node) return null;
        var pointer = Field(mapPointer, "ResultWriter");
        ReportUnknownObjectFields(node, pointer, ResultWriterFields, "a ResultWriter");
        WriterConfig? config = null;
        if (OptionalObject(node, pointer, "WriterConfig") is { } configNode)
        {
            var configPointer = Field(pointer, "WriterConfig");
            ReportUnknownObjectFields(configNode, configPointer, WriterConfigFields, "a WriterConfig");
            config = new WriterConfig
            {
                OutputType = OptionalString(configNode, configPointer, "OutputType"),
                Transformation = OptionalString(configNode, configPointer, "Transformation"),
            };
        }
        return new ResultWriter
        {
            Resource = OptionalString(node, pointer, "Resource"),
            WriterConfig = config,
            Parameters = OptionalValue(node, "Parameters"),
            Arguments = OptionalValue(node, "Arguments"),
        };
    }
}
