using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Choice state: rules tried in order, and a default.</summary>
public sealed class ChoiceBuilder : StateBuilder<ChoiceBuilder>
{
    private readonly List<(Condition Condition, Target Next, Template? Assign, Template? Output, string? Comment)> _rules = new();
    private Target? _default;
    private PathOrNull? _inputPath;
    private PathOrNull? _outputPath;
    private Template? _output;
    private Template? _assign;

    internal ChoiceBuilder(string name) : base(name) { }

    internal override bool EndsChain => true;

    internal override bool PassesInputThrough => _inputPath is null && _outputPath is null && _output is null && _rules.TrueForAll(r => r.Output is null);

    internal override IEnumerable<string> Successors()
    {
        foreach (var rule in _rules) yield return rule.Next.Name;
        if (_default is { } fallback) yield return fallback.Name;
    }

    internal override IEnumerable<StateBuilder> Targets()
    {
        foreach (var rule in _rules)
            if (rule.Next.State is { } state) yield return state;
        if (_default?.State is { } fallback) yield return fallback;
    }

    /// <summary>When <paramref name="condition"/> holds, continues with <paramref name="next"/>; <paramref name="comment"/> is the rule's Comment.</summary>
    public ChoiceBuilder When(Condition condition, StateBuilder next, object? assign = null, object? output = null, string? comment = null) =>
        AddRule(condition, new Target(next), assign, output, comment);

    /// <summary>When <paramref name="condition"/> holds, continues with the state called <paramref name="next"/>; <paramref name="comment"/> is the rule's Comment.</summary>
    public ChoiceBuilder When(Condition condition, string next, object? assign = null, object? output = null, string? comment = null) =>
        AddRule(condition, new Target(next), assign, output, comment);

    /// <summary>
    /// When the C# <paramref name="condition"/> over the state input holds, continues with <paramref name="next"/>. In a JSONPath
    /// state comparisons become Choice rules (<c>NumericGreaterThan</c>, <c>StringEquals</c>, <c>IsPresent</c> for <c>!= null</c>,
    /// And/Or/Not); in a JSONata state the whole condition becomes one JSONata expression. <paramref name="comment"/> is the rule's Comment.
    /// </summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    public ChoiceBuilder When<TInput>(Expression<Func<TInput, bool>> condition, string next, object? assign = null, object? output = null, string? comment = null) =>
        When(ExpressionTreeReader.Read(condition), next, assign, output, comment);

    /// <summary>When the C# <paramref name="condition"/> over the state input holds, continues with <paramref name="next"/>; <paramref name="comment"/> is the rule's Comment.</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    public ChoiceBuilder When<TInput>(Expression<Func<TInput, bool>> condition, StateBuilder next, object? assign = null, object? output = null, string? comment = null) =>
        When(ExpressionTreeReader.Read(condition), next, assign, output, comment);

    /// <summary>
    /// When the C# <paramref name="condition"/> over the state input and the context object holds, continues with <paramref name="next"/>:
    /// <c>(Order o, Ctx&lt;OrderVars&gt; c) =&gt; o.Total &gt; c.Vars.limit</c> reads the context as <c>$$</c> / <c>$states.context</c> and
    /// the variables as <c>$name</c>. <paramref name="comment"/> is the rule's Comment.
    /// </summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    public ChoiceBuilder When<TInput, TContext>(Expression<Func<TInput, TContext, bool>> condition, string next, object? assign = null, object? output = null, string? comment = null)
        where TContext : Ctx => When(ExpressionTreeReader.Read(condition), next, assign, output, comment);

    /// <summary>When the C# <paramref name="condition"/> over the state input and the context object holds, continues with <paramref name="next"/>.</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    public ChoiceBuilder When<TInput, TContext>(Expression<Func<TInput, TContext, bool>> condition, StateBuilder next, object? assign = null, object? output = null, string? comment = null)
        where TContext : Ctx => When(ExpressionTreeReader.Read(condition), next, assign, output, comment);

    internal ChoiceBuilder When(DataLambda condition, string next, object? assign = null, object? output = null, string? comment = null) =>
        AddRule(Asl.Condition.Of(Lambda(condition)), new Target(next), assign, output, comment);

    internal ChoiceBuilder When(DataLambda condition, StateBuilder next, object? assign = null, object? output = null, string? comment = null) =>
        AddRule(Asl.Condition.Of(Lambda(condition)), new Target(next), assign, output, comment);

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
        _inputPath = path is null ? PathOrNull.Null : new PathOrNull(FixedText.Path(path, ".InputPath(...)")!);
        Record("InputPath");
        return this;
    }

    /// <summary>JSONPath: selects the output.</summary>
    public ChoiceBuilder OutputPath(string? path)
    {
        _outputPath = path is null ? PathOrNull.Null : new PathOrNull(FixedText.Path(path, ".OutputPath(...)")!);
        Record("OutputPath");
        return this;
    }

    /// <summary>JSONata: the output when the default is taken.</summary>
    public ChoiceBuilder Output(object? output)
    {
        _output = Template.Capture(output);
        Record("Output");
        return this;
    }

    /// <summary>Variables assigned when the default is taken.</summary>
    public ChoiceBuilder Assign(object variables)
    {
        _assign = Template.Capture(variables);
        Record("Assign");
        return this;
    }

    /// <summary>Variables assigned when the default is taken, computed by a C# lambda over the state input: each member is a variable.</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TVariables">The variables' type.</typeparam>
    public ChoiceBuilder Assign<TInput, TVariables>(Expression<Func<TInput, TVariables>> variables) => Assign(ExpressionTreeReader.Read(variables));

    /// <summary>Variables assigned when the default is taken, computed by a C# lambda over the state input and the context object.</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    /// <typeparam name="TVariables">The variables' type.</typeparam>
    public ChoiceBuilder Assign<TInput, TContext, TVariables>(Expression<Func<TInput, TContext, TVariables>> variables) where TContext : Ctx =>
        Assign(ExpressionTreeReader.Read(variables));

    internal ChoiceBuilder Assign(DataLambda variables)
    {
        _assign = Template.Lambda(Lambda(DataNaming.AsVariables(variables)));
        Record("Assign");
        return this;
    }

    private ChoiceBuilder AddRule(Condition condition, Target next, object? assign, object? output, string? comment)
    {
        if (BuilderOrigin.Current is not null)
        {
            var rule = "Choices/" + _rules.Count;
            Record(rule);
            Record(rule + "/Next", nameof(next));
        }
        _rules.Add((condition, next, assign is null ? null : Template.Capture(assign), output is null ? null : Template.Capture(output),
            comment is null ? null : FixedText.Check(comment, "A Choice rule's comment")));
        return this;
    }

    internal override State Build(BuildScope scope, string pointer)
    {
        var jsonAta = scope.IsJsonAta(this);
        if (!jsonAta && _inputPath is not null && _assign?.DataLambda is { } lambda)
            throw DataLambdaErrors.AssignReadsOtherData(lambda, "the input after InputPath");
        var rules = new ChoiceRule[_rules.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            var (condition, next, assign, output, comment) = _rules[i];
            var field = "Choices/" + i;
            rules[i] = condition.RuleFor(jsonAta) with
            {
                Next = scope.Resolve(next),
                Comment = comment,
                Assign = scope.Render(assign, jsonAta, pointer + "/" + field + "/Assign", OriginOf(field)),
                Output = scope.Render(output, jsonAta: true, pointer + "/" + field + "/Output", OriginOf(field)),
            };
        }
        return Common(new ChoiceState(EquatableArray<ChoiceRule>.UnsafeWrap(rules))) with
        {
            Default = _default is { } d ? scope.Resolve(d) : null,
            InputPath = _inputPath,
            OutputPath = _outputPath,
            Output = Render(_output, scope, pointer, "Output", jsonAta: true),
            Assign = Render(_assign, scope, pointer, "Assign", jsonAta),
        };
    }
}
