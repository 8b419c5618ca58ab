using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>How a Map runs its item processor.</summary>
public enum ProcessorMode
{
    /// <summary>Iterations run inside the execution (up to 40 at a time).</summary>
    Inline,
    /// <summary>Iterations run as child executions (a distributed Map).</summary>
    Distributed,
}

/// <summary>Builds a Map state, inline or distributed.</summary>
public sealed class MapBuilder : WorkStateBuilder<MapBuilder>
{
    private Chain? _processor;
    private ProcessorConfig? _processorConfig;
    private bool _legacyIterator;
    private string? _itemsPath;
    private Template? _items;
    private Template? _itemSelector;
    private ItemReader? _itemReader;
    private S3ItemReader? _s3Reader;
    private ItemBatcher? _itemBatcher;
    private Template? _batchInput;
    private ResultWriter? _resultWriter;
    private S3ResultWriter? _s3Writer;
    private AslJson? _maxConcurrency;
    private string? _maxConcurrencyText;
    private string? _maxConcurrencyPath;
    private AslJson? _toleratedFailureCount;
    private AslJson? _toleratedFailurePercentage;
    private string? _toleratedFailureCountPath;
    private string? _toleratedFailurePercentagePath;
    private string? _label;

    internal MapBuilder(string name) : base(name) { }

    /// <summary>
    /// The states run for each item. Without <paramref name="mode"/> the Map runs inline and writes no ProcessorConfig;
    /// <see cref="ProcessorMode.Inline"/> writes <c>"ProcessorConfig": { "Mode": "INLINE" }</c> (the same behaviour, as some
    /// definitions spell it); <see cref="ProcessorMode.Distributed"/> needs an execution type (EXPRESS by default).
    /// </summary>
    public MapBuilder ItemProcessor(IChainable processor, ProcessorMode? mode = null, StateMachineType executionType = StateMachineType.Express)
    {
        _processor = Chain.Of(processor);
        _legacyIterator = false;
        _processorConfig = mode switch
        {
            ProcessorMode.Distributed => new ProcessorConfig { Mode = "DISTRIBUTED", ExecutionType = executionType == StateMachineType.Express ? "EXPRESS" : "STANDARD" },
            ProcessorMode.Inline => new ProcessorConfig { Mode = "INLINE" },
            _ => null,
        };
        Record("ItemProcessor");
        return this;
    }

    /// <summary>The states run for each item, built by <paramref name="build"/>: <c>.ItemProcessor(p => p.StartWith(...))</c>.</summary>
    public MapBuilder ItemProcessor(System.Func<ChainBuilder, IChainable> build, ProcessorMode? mode = null, StateMachineType executionType = StateMachineType.Express) =>
        ItemProcessor(build(new ChainBuilder()), mode, executionType);

    /// <summary>
    /// The states run for each item, written as the legacy <c>Iterator</c> field (which <c>ItemProcessor</c> replaced; both
    /// run inline the same way), for definitions that keep it.
    /// </summary>
    public MapBuilder Iterator(System.Func<ChainBuilder, IChainable> build)
    {
        _processor = Chain.Of(build(new ChainBuilder()));
        _processorConfig = null;
        _legacyIterator = true;
        Record("Iterator");
        return this;
    }

    /// <summary>JSONPath: the reference path of the items array.</summary>
    public MapBuilder ItemsPath(string path) => Set(ref _itemsPath, FixedText.Path(path, ".ItemsPath(...)"), "ItemsPath");

    /// <summary>
    /// The items: a dynamic value such as <c>Input.At("$.orders")</c> (ItemsPath in a JSONPath state, a JSONata
    /// expression in a JSONata state), or, in JSONata, an array or a JSONata expression (<c>{% ... %}</c>).
    /// </summary>
    public MapBuilder Items(object items) => Set(ref _items, Template.Capture(items), "Items");

    /// <summary>
    /// Reshapes each item; use <see cref="Context.MapItemValue"/> and <see cref="Context.MapItemIndex"/> (written for the
    /// state's query language).
    /// </summary>
    public MapBuilder ItemSelector(object selector) => Set(ref _itemSelector, Template.Capture(selector), "ItemSelector");

    /// <summary>
    /// Reshapes each item with a C# lambda over the Map's input and the context, whose <c>Map.Item</c> is the item:
    /// <c>(Order o, Ctx c) =&gt; new { o.OrderId, c.Map.Item.Value&lt;LineItem&gt;().Sku, c.Map.Item.Index }</c>.
    /// </summary>
    /// <typeparam name="TInput">The Map state's input type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    /// <typeparam name="TItem">The type of each reshaped item.</typeparam>
    public MapBuilder ItemSelector<TInput, TContext, TItem>(System.Linq.Expressions.Expression<System.Func<TInput, TContext, TItem>> selector) where TContext : Ctx =>
        ItemSelector(ExpressionTreeReader.Read(selector));

    internal MapBuilder ItemSelector(DataLambda selector) => Set(ref _itemSelector, Template.Lambda(Lambda(selector)), "ItemSelector");

    /// <summary>At most this many iterations at once (0 = no limit).</summary>
    public MapBuilder MaxConcurrency(int limit)
    {
        _maxConcurrencyText = null;
        return Set(ref _maxConcurrency, AslJson.Of(limit), "MaxConcurrency");
    }

    /// <summary>JSONPath: the concurrency limit from a reference path.</summary>
    public MapBuilder MaxConcurrencyPath(string path) => Set(ref _maxConcurrencyPath, FixedText.Path(path, ".MaxConcurrencyPath(...)"), "MaxConcurrencyPath");

    /// <summary>Distributed: reads the items from Amazon S3 (<see cref="S3ItemReader.Json"/>, <see cref="S3ItemReader.Csv"/>, <see cref="S3ItemReader.Objects"/>, ...).</summary>
    public MapBuilder ItemReader(S3ItemReader reader)
    {
        _itemReader = null;
        return Set(ref _s3Reader, reader, "ItemReader");
    }

    /// <summary>Distributed: an <c>ItemReader</c> written as given (prefer <see cref="ItemReader(S3ItemReader)"/>, which writes the request for the state's query language).</summary>
    public MapBuilder ItemReader(ItemReader reader)
    {
        _s3Reader = null;
        return Set(ref _itemReader, reader, "ItemReader");
    }

    /// <summary>
    /// Distributed: gives each child execution a batch of items (<c>{ "Items": [...] }</c>) instead of one item.
    /// </summary>
    /// <param name="maxItemsPerBatch">At most this many items per batch.</param>
    /// <param name="maxInputBytesPerBatch">At most this many bytes per batch (up to 262,144).</param>
    /// <param name="batchInput">Fixed input added to every batch as <c>BatchInput</c> (may hold dynamic values).</param>
    public MapBuilder ItemBatcher(int? maxItemsPerBatch = null, int? maxInputBytesPerBatch = null, object? batchInput = null)
    {
        _itemBatcher = new ItemBatcher
        {
            MaxItemsPerBatch = maxItemsPerBatch is { } items ? AslJson.Of(items) : null,
            MaxInputBytesPerBatch = maxInputBytesPerBatch is { } bytes ? AslJson.Of(bytes) : null,
        };
        _batchInput = batchInput is null ? null : Template.Capture(batchInput);
        Record("ItemBatcher");
        return this;
    }

    /// <summary>Distributed: an <c>ItemBatcher</c> written as given.</summary>
    public MapBuilder ItemBatcher(ItemBatcher batcher)
    {
        _batchInput = null;
        return Set(ref _itemBatcher, batcher, "ItemBatcher");
    }

    /// <summary>Distributed: writes the results to Amazon S3 (<see cref="S3ResultWriter.At"/>).</summary>
    public MapBuilder ResultWriter(S3ResultWriter writer)
    {
        _resultWriter = null;
        return Set(ref _s3Writer, writer, "ResultWriter");
    }

    /// <summary>Distributed: a <c>ResultWriter</c> written as given (prefer <see cref="ResultWriter(S3ResultWriter)"/>).</summary>
    public MapBuilder ResultWriter(ResultWriter writer)
    {
        _s3Writer = null;
        return Set(ref _resultWriter, writer, "ResultWriter");
    }

    /// <summary>Distributed: how many failed items are tolerated.</summary>
    public MapBuilder ToleratedFailureCount(int count) => Set(ref _toleratedFailureCount, AslJson.Of(count), "ToleratedFailureCount");

    /// <summary>Distributed: what percentage of failed items is tolerated.</summary>
    public MapBuilder ToleratedFailurePercentage(double percentage) => Set(ref _toleratedFailurePercentage, AslJson.Of(percentage), "ToleratedFailurePercentage");

    /// <summary>Distributed: the tolerated failure count from a reference path.</summary>
    public MapBuilder ToleratedFailureCountPath(string path) => Set(ref _toleratedFailureCountPath, FixedText.Path(path, ".ToleratedFailureCountPath(...)"), "ToleratedFailureCountPath");

    /// <summary>Distributed: the tolerated failure percentage from a reference path.</summary>
    public MapBuilder ToleratedFailurePercentagePath(string path) => Set(ref _toleratedFailurePercentagePath, FixedText.Path(path, ".ToleratedFailurePercentagePath(...)"), "ToleratedFailurePercentagePath");

    /// <summary>
    /// The concurrency limit from a run-time value: a dynamic value such as <c>Input.At("$.limit")</c> (MaxConcurrencyPath
    /// in JSONPath, a JSONata expression in JSONata), or a JSONata expression (<c>{% ... %}</c>).
    /// </summary>
    public MapBuilder MaxConcurrency(string expression)
    {
        _maxConcurrency = null;
        return Set(ref _maxConcurrencyText, expression, "MaxConcurrency");
    }

    /// <summary>Distributed: a label for the child executions.</summary>
    public MapBuilder Label(string label) => Set(ref _label, FixedText.Check(label, "A Map label"), "Label");

    private MapBuilder Set<T>(ref T field, T value, string name)
    {
        field = value;
        Record(name);
        return this;
    }

    internal override State Build(BuildScope scope, string pointer)
    {
        ItemProcessor? processor = null;
        if (_processor is { } chain)
        {
            var child = scope.Child(Diagnostics.JsonPointer.Append(pointer, _legacyIterator ? "Iterator" : "ItemProcessor"));
            chain.DeclareIn(child);
            processor = new ItemProcessor(chain.First?.Name ?? string.Empty, child.BuildStates()) { ProcessorConfig = _processorConfig };
        }
        var jsonAta = scope.IsJsonAta(this);
        var (itemsPath, items) = BuildItems(scope, pointer, jsonAta);
        var concurrency = DynamicField.Resolve(_maxConcurrencyText, jsonAta, allowIntrinsic: false, ".MaxConcurrency(...)", OriginOf("MaxConcurrency"));
        if (concurrency.Path is not null) scope.MoveOrigin(pointer, "MaxConcurrency", "MaxConcurrencyPath");
        return Work(new MapState(), scope, pointer) with
        {
            ItemProcessor = _legacyIterator ? null : processor,
            Iterator = _legacyIterator ? processor : null,
            ItemsPath = _itemsPath ?? itemsPath,
            Items = items,
            ItemSelector = Render(_itemSelector, scope, pointer, "ItemSelector", jsonAta),
            ItemReader = _s3Reader?.Build(scope, pointer, jsonAta, OriginOf("ItemReader")) ?? _itemReader,
            ItemBatcher = _batchInput is null ? _itemBatcher
                : _itemBatcher! with { BatchInput = scope.Render(_batchInput, jsonAta, pointer + "/ItemBatcher/BatchInput", OriginOf("ItemBatcher")) },
            ResultWriter = _s3Writer?.Build(scope, pointer, jsonAta, OriginOf("ResultWriter")) ?? _resultWriter,
            MaxConcurrency = _maxConcurrency ?? concurrency.Value,
            MaxConcurrencyPath = _maxConcurrencyPath ?? concurrency.Path,
            ToleratedFailureCount = _toleratedFailureCount,
            ToleratedFailurePercentage = _toleratedFailurePercentage,
            ToleratedFailureCountPath = _toleratedFailureCountPath,
            ToleratedFailurePercentagePath = _toleratedFailurePercentagePath,
            Label = _label,
        };
    }

    /// <summary>Items given as one dynamic value are an ItemsPath in JSONPath; anything else is the JSONata Items field.</summary>
    private (string? Path, AslJson? Items) BuildItems(BuildScope scope, string pointer, bool jsonAta)
    {
        if (_items is null) return (null, null);
        if (!jsonAta && _items.Value is AslJsonString text && DynamicValue.IsDynamic(text.Value))
        {
            var resolved = DynamicField.Resolve(text.Value, jsonAta: false, allowIntrinsic: false, ".Items(...)", OriginOf("Items"));
            scope.MoveOrigin(pointer, "Items", "ItemsPath");
            return (resolved.Path, null);
        }
        return (null, Render(_items, scope, pointer, "Items", jsonAta: true));
    }
}
