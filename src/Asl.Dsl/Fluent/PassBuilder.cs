using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Pass state.</summary>
public sealed class PassBuilder : FlowStateBuilder<PassBuilder>
{
    private AslJson? _parameters;
    private PathOrNull? _resultPath;
    private AslJson? _result;

    internal PassBuilder(string name) : base(name) { }

    /// <summary>The fixed result of the state.</summary>
    public PassBuilder Result(object? result)
    {
        _result = Payload.FromTemplate(result);
        Record("Result");
        return this;
    }

    /// <summary>JSONPath: the payload template for the input.</summary>
    public PassBuilder Parameters(object parameters)
    {
        _parameters = Payload.From(parameters);
        Record("Parameters");
        return this;
    }

    /// <summary>JSONPath: where the result goes (<c>null</c> keeps the input).</summary>
    public PassBuilder ResultPath(string? path)
    {
        _resultPath = path is null ? PathOrNull.Null : new PathOrNull(path);
        Record("ResultPath");
        return this;
    }

    internal override State Build(BuildScope scope, string pointer) =>
        Flow(new PassState(), scope) with { Parameters = _parameters, ResultPath = _resultPath, Result = _result };
}
