using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Succeed state.</summary>
public sealed class SucceedBuilder : StateBuilder<SucceedBuilder>
{
    private PathOrNull? _inputPath;
    private PathOrNull? _outputPath;
    private Template? _output;

    internal SucceedBuilder(string name) : base(name) { }

    internal override bool EndsChain => true;

    internal override bool EndsWithOutput => true;

    internal override bool PassesInputThrough => _inputPath is null && _outputPath is null && _output is null;

    /// <summary>JSONPath: selects the input.</summary>
    public SucceedBuilder InputPath(string? path)
    {
        _inputPath = path is null ? PathOrNull.Null : new PathOrNull(FixedText.Path(path, ".InputPath(...)")!);
        Record("InputPath");
        return this;
    }

    /// <summary>JSONPath: selects the output.</summary>
    public SucceedBuilder OutputPath(string? path)
    {
        _outputPath = path is null ? PathOrNull.Null : new PathOrNull(FixedText.Path(path, ".OutputPath(...)")!);
        Record("OutputPath");
        return this;
    }

    /// <summary>JSONata: the output.</summary>
    public SucceedBuilder Output(object? output)
    {
        _output = Template.Capture(output);
        Record("Output");
        return this;
    }

    internal override State Build(BuildScope scope, string pointer) =>
        Common(new SucceedState()) with { InputPath = _inputPath, OutputPath = _outputPath, Output = Render(_output, scope, pointer, "Output", jsonAta: true) };
}

/// <summary>Builds a Fail state.</summary>
public sealed class FailBuilder : StateBuilder<FailBuilder>
{
    private string? _error;
    private string? _errorPath;
    private string? _cause;
    private string? _causePath;

    internal FailBuilder(string name) : base(name) { }

    internal override bool EndsChain => true;

    /// <summary>
    /// The error name: a string, a JSONata expression, or text with dynamic values (written as ErrorPath in a JSONPath
    /// state, as a JSONata expression in a JSONata state).
    /// </summary>
    public FailBuilder Error(string error)
    {
        _error = error;
        Record("Error");
        return this;
    }

    /// <summary>The cause: a string, a JSONata expression, or text with dynamic values (as <see cref="Error"/>).</summary>
    public FailBuilder Cause(string cause)
    {
        _cause = cause;
        Record("Cause");
        return this;
    }

    /// <summary>JSONPath: the error from a reference path or a string intrinsic (a dynamic value, or its expression as text).</summary>
    public FailBuilder ErrorPath(string path)
    {
        _errorPath = PathText(path);
        Record("ErrorPath");
        return this;
    }

    /// <summary>JSONPath: the cause from a reference path or a string intrinsic (a dynamic value, or its expression as text).</summary>
    public FailBuilder CausePath(string path)
    {
        _causePath = PathText(path);
        Record("CausePath");
        return this;
    }

    private static string PathText(string path) => DynamicValue.IsDynamic(path) ? DynamicText.ToJsonPath(path) : path;

    internal override State Build(BuildScope scope, string pointer)
    {
        var jsonAta = scope.IsJsonAta(this);
        var error = DynamicField.Resolve(_error, jsonAta, allowIntrinsic: true, ".Error(...)", OriginOf("Error"));
        var cause = DynamicField.Resolve(_cause, jsonAta, allowIntrinsic: true, ".Cause(...)", OriginOf("Cause"));
        if (error.Path is not null) scope.MoveOrigin(pointer, "Error", "ErrorPath");
        if (cause.Path is not null) scope.MoveOrigin(pointer, "Cause", "CausePath");
        return Common(new FailState()) with
        {
            Error = error.Value,
            ErrorPath = _errorPath ?? error.Path,
            Cause = cause.Value,
            CausePath = _causePath ?? cause.Path,
        };
    }
}
