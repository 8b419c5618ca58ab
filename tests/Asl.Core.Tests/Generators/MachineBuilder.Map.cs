using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Generators;

internal sealed partial class MachineBuilder
{
    private MapState Map(string? language, ContainerScope scope, string? next, TargetPicker targets)
    {
        var jsonAta = IsJsonAta(language);
        var mode = _draw.Int(0, 9) switch
        {
            <= 3 => MapMode.Distributed,
            4 when !jsonAta => MapMode.LegacyIterator,
            _ => MapMode.Inline,
        };
        var distributed = mode == MapMode.Distributed;
        // Child workflows of a distributed Map cannot see the parent's variables.
        var inner = new ContainerScope(scope.Depth + 1, scope.InDistributedMap || distributed, distributed ? [] : scope.Variables);
        var (startAt, states) = Container(inner);
        var processor = new ItemProcessor(startAt, states)
        {
            Comment = OptionalComment(15),
            ProcessorConfig = mode switch
            {
                MapMode.Distributed => new ProcessorConfig { Mode = "DISTRIBUTED", ExecutionType = _draw.Pick("STANDARD", "EXPRESS") },
                MapMode.Inline when _draw.Chance(40) => new ProcessorConfig { Mode = "INLINE" },
                _ => null,
            },
        };

        var state = new MapState { QueryLanguage = language, Comment = OptionalComment(), Next = next, End = next is null };
        state = mode == MapMode.LegacyIterator ? state with { Iterator = processor } : state with { ItemProcessor = processor };
        var source = new ErrorSource(IsDistributedMap: distributed);
        state = state with { Retry = _errors.Retriers(source), Catch = Catchers(jsonAta, scope, source, targets) };
        state = jsonAta ? AtaMap(state, scope, distributed) : PathMap(state, scope, mode);
        return distributed ? DistributedFields(state, jsonAta, scope) : state;
    }

    private MapState PathMap(MapState state, ContainerScope scope, MapMode mode)
    {
        var itemScope = PathScopeOf(scope, mapItem: true);
        var selector = _draw.Chance(50) ? _paths.Template(itemScope) : null;
        return state with
        {
            InputPath = OptionalPath(15),
            ItemsPath = _draw.Chance(60) ? _paths.FieldPath() : null,
            ItemSelector = mode == MapMode.LegacyIterator ? null : selector,
            Parameters = mode == MapMode.LegacyIterator ? selector : null,
            MaxConcurrency = _draw.Chance(40) ? AslJson.Of(_draw.Int(0, 40)) : null,
            MaxConcurrencyPath = null,
            ResultSelector = _draw.Chance(20) ? _paths.Template(PathScopeOf(scope)) : null,
            ResultPath = OptionalResultPath(30),
            OutputPath = OptionalPath(15),
            Assign = OptionalPathAssign(scope),
        } switch
        {
            { MaxConcurrency: null } s when _draw.Chance(20) => s with { MaxConcurrencyPath = _paths.FieldPath() },
            var s => s,
        };
    }

    private MapState AtaMap(MapState state, ContainerScope scope, bool distributed)
    {
        var ata = AtaScopeOf(scope);
        return state with
        {
            Items = _draw.Int(0, 2) switch
            {
                0 => AslJson.Of(_ata.Expression(ata)),
                1 => new AslJsonArray(Enumerable.Range(0, _draw.Int(0, 3)).Select(_ => _literals.Value(1)).ToEquatableArray()),
                _ => null,
            },
            ItemSelector = _draw.Chance(50) ? _ata.Object(ata with { MapItem = true }) : null,
            MaxConcurrency = _draw.Int(0, 3) switch
            {
                0 => AslJson.Of(_draw.Int(0, distributed ? 10_000 : 40)),
                1 => AslJson.Of(_ata.NumberExpression(ata)),
                _ => null,
            },
            Output = OptionalAtaOutput(ata with { Result = true }),
            Assign = OptionalAtaAssign(ata with { Result = true }),
        };
    }

    /// <summary>ItemReader, ItemBatcher, ResultWriter, tolerated failures and Label: distributed Maps only.</summary>
    private MapState DistributedFields(MapState state, bool jsonAta, ContainerScope scope)
    {
        var reader = _draw.Chance(60) ? ItemReader(jsonAta) : null;
        if (reader is not null) state = state with { ItemsPath = null, Items = null };
        return state with
        {
            ItemReader = reader,
            ItemBatcher = _draw.Chance(40) ? ItemBatcher(jsonAta, scope) : null,
            ResultWriter = _draw.Chance(40) ? ResultWriter(jsonAta) : null,
            ToleratedFailureCount = _draw.Chance(30) ? AslJson.Of(_draw.Int(0, 1000)) : null,
            ToleratedFailureCountPath = !jsonAta && _draw.Chance(10) ? _paths.FieldPath() : null,
            ToleratedFailurePercentage = _draw.Int(0, 4) switch
            {
                0 => AslJson.Of(_draw.Int(0, 100)),
                1 when jsonAta => AslJson.Of(_ata.NumberExpression(AtaScopeOf(scope))),
                _ => null,
            },
            Label = _draw.Chance(50) ? _names.Label() : null,
        } switch
        {
            { ToleratedFailureCountPath: not null } s => s with { ToleratedFailureCount = null },
            { ToleratedFailurePercentage: null } s when !jsonAta && _draw.Chance(10) => s with { ToleratedFailurePercentagePath = _paths.FieldPath() },
            var s => s,
        };
    }

    private ItemReader ItemReader(bool jsonAta)
    {
        if (_draw.Chance(30))
        {
            var listing = Object(("Bucket", AslJson.Of("incoming-123456789012")), ("Prefix", AslJson.Of("daily/")));
            return jsonAta
                ? new ItemReader("arn:aws:states:::s3:listObjectsV2") { Arguments = listing }
                : new ItemReader("arn:aws:states:::s3:listObjectsV2") { Parameters = listing };
        }
        var config = _draw.Int(0, 4) switch
        {
            0 => new ReaderConfig { InputType = "CSV", CSVHeaderLocation = "FIRST_ROW", CSVDelimiter = _draw.Chance(50) ? _draw.Pick("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB") : null },
            1 => new ReaderConfig { InputType = "CSV", CSVHeaderLocation = "GIVEN", CSVHeaders = EquatableArray.Create("id", "name", "amount") },
            2 => new ReaderConfig { InputType = _draw.Pick("JSON", "JSONL") },
            3 => new ReaderConfig { InputType = _draw.Pick("CSV", "JSONL", "PARQUET"), ManifestType = "ATHENA_DATA" },
            _ => new ReaderConfig { InputType = "MANIFEST" },
        };
        config = _draw.Int(0, 3) switch
        {
            0 => config with { MaxItems = AslJson.Of(_draw.Int(1, 100_000_000)) },
            1 when !jsonAta => config with { MaxItemsPath = _paths.FieldPath() },
            1 => config with { MaxItems = AslJson.Of(_ata.NumberExpression(new AtaScope([]))) },
            _ => config,
        };
        var location = Object(("Bucket", AslJson.Of("datasets-123456789012")), ("Key", AslJson.Of("input/data.file")));
        return jsonAta
            ? new ItemReader("arn:aws:states:::s3:getObject") { ReaderConfig = config, Arguments = location }
            : new ItemReader("arn:aws:states:::s3:getObject") { ReaderConfig = config, Parameters = location };
    }

    private ItemBatcher ItemBatcher(bool jsonAta, ContainerScope scope)
    {
        var batcher = _draw.Int(0, 2) switch
        {
            0 => new ItemBatcher { MaxItemsPerBatch = AslJson.Of(_draw.Int(1, 1000)) },
            1 => new ItemBatcher { MaxInputBytesPerBatch = AslJson.Of(_draw.Int(1, 262_144)) },
            _ => new ItemBatcher { MaxItemsPerBatch = AslJson.Of(_draw.Int(1, 1000)), MaxInputBytesPerBatch = AslJson.Of(_draw.Int(1, 262_144)) },
        };
        if (!jsonAta && _draw.Chance(25))
            batcher = batcher.MaxItemsPerBatch is null
                ? batcher with { MaxItemsPerBatchPath = _paths.FieldPath() }
                : batcher with { MaxInputBytesPerBatchPath = batcher.MaxInputBytesPerBatch is null ? _paths.FieldPath() : null };
        if (jsonAta && _draw.Chance(25)) batcher = batcher with { MaxItemsPerBatch = AslJson.Of(_ata.NumberExpression(AtaScopeOf(scope))) };
        if (_draw.Chance(40))
            batcher = batcher with { BatchInput = jsonAta ? _ata.Object(AtaScopeOf(scope)) : _paths.Template(PathScopeOf(scope)) };
        return batcher;
    }

    private ResultWriter ResultWriter(bool jsonAta)
    {
        var location = Object(("Bucket", AslJson.Of("results-123456789012")), ("Prefix", AslJson.Of("runs")));
        var writer = jsonAta
            ? new ResultWriter { Resource = "arn:aws:states:::s3:putObject", Arguments = location }
            : new ResultWriter { Resource = "arn:aws:states:::s3:putObject", Parameters = location };
        return _draw.Chance(50)
            ? writer with { WriterConfig = new WriterConfig { OutputType = _draw.Pick("JSON", "JSONL"), Transformation = _draw.Chance(50) ? _draw.Pick("NONE", "COMPACT", "FLATTEN") : null } }
            : writer;
    }

    private enum MapMode
    {
        Inline,
        LegacyIterator,
        Distributed,
    }
}
