using System.Collections.Generic;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builders of states that continue to a next state or end: Pass, Task, Wait, Parallel, Map.</summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class FlowStateBuilder<TSelf> : StateBuilder<TSelf> where TSelf : FlowStateBuilder<TSelf>
{
    private Target? _next;
    private bool _end;
    private PathOrNull? _inputPath;
    private PathOrNull? _outputPath;
    private Template? _output;
    private Template? _assign;

    /// <summary>Creates the builder.</summary>
    protected FlowStateBuilder(string name) : base(name) { }

    internal override bool IsOpen => _next is null && !_end;

    internal override void LinkTo(StateBuilder next) => _next = new Target(next);

    internal override IEnumerable<StateBuilder> Targets()
    {
        if (_next?.State is { } state) yield return state;
    }

    /// <summary>Continues with <paramref name="next"/> (declared here, or a state used elsewhere too).</summary>
    public TSelf Next(StateBuilder next)
    {
        _next = new Target(next);
        Record("Next");
        return Self;
    }

    /// <summary>Continues with the state called <paramref name="stateName"/>, declared elsewhere in the same container.</summary>
    public TSelf Next(string stateName)
    {
        _next = new Target(stateName);
        Record("Next");
        return Self;
    }

    /// <summary>Ends the workflow (or the branch) after this state. States left without a next state end anyway.</summary>
    public TSelf End()
    {
        _end = true;
        Record("End");
        return Self;
    }

    /// <summary>JSONPath: selects the input (<c>null</c> passes <c>{}</c>).</summary>
    public TSelf InputPath(string? path)
    {
        _inputPath = path is null ? PathOrNull.Null : new PathOrNull(FixedText.Path(path, ".InputPath(...)")!);
        Record("InputPath");
        return Self;
    }

    /// <summary>JSONPath: selects the output (<c>null</c> passes <c>{}</c>).</summary>
    public TSelf OutputPath(string? path)
    {
        _outputPath = path is null ? PathOrNull.Null : new PathOrNull(FixedText.Path(path, ".OutputPath(...)")!);
        Record("OutputPath");
        return Self;
    }

    /// <summary>JSONata: the state's output (any JSON; JSONata strings and dynamic values inside are evaluated).</summary>
    public TSelf Output(object? output)
    {
        _output = Template.Capture(output);
        Record("Output");
        return Self;
    }

    /// <summary>Assigns variables: each member of <paramref name="variables"/> is a variable (dynamic values in the state's query language).</summary>
    public TSelf Assign(object variables)
    {
        _assign = Template.Capture(variables);
        Record("Assign");
        return Self;
    }

    /// <summary>Applies the flow fields; a state left open ends its container.</summary>
    internal T Flow<T>(T state, BuildScope scope, string pointer) where T : FlowState => Common(state) with
    {
        Next = _next is { } next ? scope.Resolve(next) : null,
        End = _end || _next is null,
        InputPath = _inputPath,
        OutputPath = _outputPath,
        Output = Render(_output, scope, pointer, "Output", jsonAta: true),
        Assign = Render(_assign, scope, pointer, "Assign", scope.IsJsonAta(this)),
    };
}
