using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Succeed state.</summary>
public sealed class SucceedBuilder : StateBuilder<SucceedBuilder>
{
    private PathOrNull? _inputPath;
    private PathOrNull? _outputPath;
    private AslJson? _output;

    internal SucceedBuilder(string name) : base(name) { }

    internal override bool EndsChain => true;

    /// <summary>JSONPath: selects the input.</summary>
    public SucceedBuilder InputPath(string? path)
    {
        _inputPath = path is null ? PathOrNull.Null : new PathOrNull(path);
        Record("InputPath");
        return this;
    }

    /// <summary>JSONPath: selects the output.</summary>
    public SucceedBuilder OutputPath(string? path)
    {
        _outputPath = path is null ? PathOrNull.Null : new PathOrNull(path);
        Record("OutputPath");
        return this;
    }

    /// <summary>JSONata: the output.</summary>
    public SucceedBuilder Output(object? output)
    {
        _output = Payload.From(output);
        Record("Output");
        return this;
    }

    internal override State Build(BuildScope scope, string pointer) =>
        Common(new SucceedState()) with { InputPath = _inputPath, OutputPath = _outputPath, Output = _output };
}

/// <summary>Builds a Fail state.</summary>
public sealed class FailBuilder : StateBuilder<FailBuilder>
{
    private AslJson? _error;
    private string? _errorPath;
    private AslJson? _cause;
    private string? _causePath;

    internal FailBuilder(string name) : base(name) { }

    internal override bool EndsChain => true;

    /// <summary>The error name (a string, or a JSONata expression).</summary>
    public FailBuilder Error(string error)
    {
        _error = AslJson.Of(error);
        Record("Error");
        return this;
    }

    /// <summary>The cause (a string, or a JSONata expression).</summary>
    public FailBuilder Cause(string cause)
    {
        _cause = AslJson.Of(cause);
        Record("Cause");
        return this;
    }

    /// <summary>JSONPath: the error from a reference path or a string intrinsic.</summary>
    public FailBuilder ErrorPath(string path)
    {
        _errorPath = DynamicValue.TryDecode(path, out var expression) ? expression : path;
        Record("ErrorPath");
        return this;
    }

    /// <summary>JSONPath: the cause from a reference path or a string intrinsic.</summary>
    public FailBuilder CausePath(string path)
    {
        _causePath = DynamicValue.TryDecode(path, out var expression) ? expression : path;
        Record("CausePath");
        return this;
    }

    internal override State Build(BuildScope scope, string pointer) =>
        Common(new FailState()) with { Error = _error, ErrorPath = _errorPath, Cause = _cause, CausePath = _causePath };
}
