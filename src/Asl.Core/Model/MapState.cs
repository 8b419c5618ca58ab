using Asl.Collections;
using Asl.Json;

namespace Asl.Model;

/// <summary>A Map state, inline or distributed.</summary>
public sealed record MapState : WorkState
{
    /// <inheritdoc />
    public override string Type => StateTypes.Map;

    /// <summary>The states run for each item.</summary>
    public ItemProcessor? ItemProcessor { get; init; }

    /// <summary>The deprecated form of <see cref="ItemProcessor"/> (no ProcessorConfig).</summary>
    public ItemProcessor? Iterator { get; init; }

    /// <summary>JSONPath: a reference path to the items array.</summary>
    public string? ItemsPath { get; init; }

    /// <summary>JSONata: the items (an array or a JSONata string).</summary>
    public AslJson? Items { get; init; }

    /// <summary>Reshapes each item (a payload template in JSONPath; any JSON in JSONata).</summary>
    public AslJson? ItemSelector { get; init; }

    /// <summary>Distributed: where the items are read from.</summary>
    public ItemReader? ItemReader { get; init; }

    /// <summary>Distributed: how items are grouped into batches.</summary>
    public ItemBatcher? ItemBatcher { get; init; }

    /// <summary>Distributed: where results are written.</summary>
    public ResultWriter? ResultWriter { get; init; }

    /// <summary>A non-negative integer (0 = no limit), or a JSONata string.</summary>
    public AslJson? MaxConcurrency { get; init; }

    /// <summary>JSONPath: a reference path to the concurrency.</summary>
    public string? MaxConcurrencyPath { get; init; }

    /// <summary>Distributed: number of failed items tolerated.</summary>
    public AslJson? ToleratedFailureCount { get; init; }

    /// <summary>Distributed: reference path to the tolerated failure count.</summary>
    public string? ToleratedFailureCountPath { get; init; }

    /// <summary>Distributed: percentage of failed items tolerated (0–100).</summary>
    public AslJson? ToleratedFailurePercentage { get; init; }

    /// <summary>Distributed: reference path to the tolerated failure percentage.</summary>
    public string? ToleratedFailurePercentagePath { get; init; }

    /// <summary>Distributed: a label for the child executions.</summary>
    public string? Label { get; init; }

    /// <summary>The processor actually in use: <see cref="ItemProcessor"/>, else <see cref="Iterator"/>.</summary>
    public ItemProcessor? Processor => ItemProcessor ?? Iterator;
}

/// <summary>A distributed Map's <c>ItemReader</c>.</summary>
public sealed record ItemReader(string Resource)
{
    /// <summary>JSONPath: the request parameters.</summary>
    public AslJson? Parameters { get; init; }

    /// <summary>JSONata: the request arguments.</summary>
    public AslJson? Arguments { get; init; }

    /// <summary>How to read the object.</summary>
    public ReaderConfig? ReaderConfig { get; init; }
}

/// <summary>An ItemReader's <c>ReaderConfig</c>.</summary>
public sealed record ReaderConfig
{
    /// <summary>CSV, JSON, JSONL, PARQUET or MANIFEST.</summary>
    public string? InputType { get; init; }

    /// <summary>FIRST_ROW or GIVEN.</summary>
    public string? CSVHeaderLocation { get; init; }

    /// <summary>The header names when <see cref="CSVHeaderLocation"/> is GIVEN.</summary>
    public EquatableArray<string>? CSVHeaders { get; init; }

    /// <summary>COMMA, PIPE, SEMICOLON, SPACE or TAB.</summary>
    public string? CSVDelimiter { get; init; }

    /// <summary>S3_INVENTORY or ATHENA_DATA.</summary>
    public string? ManifestType { get; init; }

    /// <summary>A positive integer, or a JSONata string.</summary>
    public AslJson? MaxItems { get; init; }

    /// <summary>JSONPath: reference path to the maximum.</summary>
    public string? MaxItemsPath { get; init; }
}

/// <summary>A distributed Map's <c>ItemBatcher</c>.</summary>
public sealed record ItemBatcher
{
    /// <summary>A positive integer, or a JSONata string.</summary>
    public AslJson? MaxItemsPerBatch { get; init; }

    /// <summary>JSONPath: reference path.</summary>
    public string? MaxItemsPerBatchPath { get; init; }

    /// <summary>A positive integer ≤ 262,144, or a JSONata string.</summary>
    public AslJson? MaxInputBytesPerBatch { get; init; }

    /// <summary>JSONPath: reference path.</summary>
    public string? MaxInputBytesPerBatchPath { get; init; }

    /// <summary>Fixed input added to every batch.</summary>
    public AslJson? BatchInput { get; init; }
}

/// <summary>A distributed Map's <c>ResultWriter</c>.</summary>
public sealed record ResultWriter
{
    /// <summary>Usually <c>arn:aws:states:::s3:putObject</c>.</summary>
    public string? Resource { get; init; }

    /// <summary>JSONPath: the request parameters.</summary>
    public AslJson? Parameters { get; init; }

    /// <summary>JSONata: the request arguments.</summary>
    public AslJson? Arguments { get; init; }

    /// <summary>Output format.</summary>
    public WriterConfig? WriterConfig { get; init; }
}

/// <summary>A ResultWriter's <c>WriterConfig</c>.</summary>
public sealed record WriterConfig
{
    /// <summary>JSON or JSONL.</summary>
    public string? OutputType { get; init; }

    /// <summary>NONE, COMPACT or FLATTEN.</summary>
    public string? Transformation { get; init; }
}
