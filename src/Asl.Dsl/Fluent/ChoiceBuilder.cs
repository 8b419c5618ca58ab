using System.Collections.Generic;
using System.Linq;
using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Choice state: rules tried in order, and a default.</summary>
public sealed class ChoiceBuilder : StateBuilder<ChoiceBuilder>
{
    private readonly List<(Condition Condition, Target Next, AslJson? Assign, AslJson? Output)> _rules = new();
    private Target? _default;
    private PathOrNull? _inputPath;
    private PathOrNull? _outputPath;
    private AslJson? _output;
    private AslJson? _assign;

    internal ChoiceBuilder(string name) : base(name) { }

    internal override bool EndsChain => true;

    internal override IEnumerable<StateBuilder> Targets()
    {
        foreach (var rule in _rules)
            if (rule.Next.State is { } state) yield return state;
        if (_default?.State is { } fallback) yield return fallback;
    }

    /// <summary>When <paramref name="condition"/> holds, continues with <paramref name="next"/>.</summary>
    public ChoiceBuilder When(Condition condition, StateBuilder next, object? assign = null, object? output = null) =>
        AddRule(condition, new Target(next), assign, output);

    /// <summary>When <paramref name="condition"/> holds, continues with the state called <paramref name="next"/>.</summary>
    public ChoiceBuilder When(Condition condition, string next, object? assign = null, object? output = null) =>
        AddRule(condition, new Target(next), assign, output);

    /// <summary>When no rule holds, continues with <paramref name="next"/>.</summary>
    public ChoiceBuilder Otherwise(StateBuilder next)
    {
        _default = new Target(next);
        Record("Default");
        return this;
    }

    /// <summary>When no rule holds, continues with the state called <paramref name="next"/>.</summary>
    public ChoiceBuilder Otherwise(string next)
    {
        _default = new Target(next);
        Record("Default");
        return this;
    }

    /// <summary>JSONPath: selects the input.</summary>
    public ChoiceBuilder InputPath(string? path)
    {
        _inputPath = path is null ? PathOrNull.Null : new PathOrNull(path);
        Record("InputPath");
        return this;
    }

    /// <summary>JSONPath: selects the output.</summary>
    public ChoiceBuilder OutputPath(string? path)
    {
        _outputPath = path is null ? PathOrNull.Null : new PathOrNull(path);
        Record("OutputPath");
        return this;
    }

    /// <summary>JSONata: the output when the default is taken.</summary>
    public ChoiceBuilder Output(object? output)
    {
        _output = Payload.From(output);
        Record("Output");
        return this;
    }

    /// <summary>Variables assigned when the default is taken.</summary>
    public ChoiceBuilder Assign(object variables)
    {
        _assign = Payload.From(variables);
        Record("Assign");
        return this;
    }

    private ChoiceBuilder AddRule(Condition condition, Target next, object? assign, object? output)
    {
        Record("Choices/" + _rules.Count);
        _rules.Add((condition, next, assign is null ? null : Payload.From(assign), output is null ? null : Payload.From(output)));
        return this;
    }

    internal override State Build(BuildScope scope, string pointer) => Common(new ChoiceState(
        _rules.Select(r => r.Condition.Rule with { Next = scope.Resolve(r.Next), Assign = r.Assign, Output = r.Output }).ToEquatableArray()))
        with
        {
            Default = _default is { } d ? scope.Resolve(d) : null,
            InputPath = _inputPath,
            OutputPath = _outputPath,
            Output = _output,
            Assign = _assign,
        };
}
