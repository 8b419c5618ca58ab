using System;
using System.Linq.Expressions;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Pass state.</summary>
public sealed class PassBuilder : FlowStateBuilder<PassBuilder>
{
    private Template? _parameters;
    private PathOrNull? _resultPath;
    private AslJson? _result;

    internal PassBuilder(string name) : base(name) { }

    /// <summary>The result is the (effective) input, the Parameters lambda's result, or fixed JSON of no C# type.</summary>
    private protected override string? PlacedResultType(string? effectiveInput, string? input) =>
        Place(_resultPath, _result is not null ? null : _parameters is not null ? _parameters.DataLambda?.ResultType : effectiveInput, input);

    internal override object? OutputOrigin => _parameters?.DataLambda?.Origin is { } origin && _resultPath is null && !HasOutput ? origin : base.OutputOrigin;

    private protected override bool AssignSeesInput => _parameters is null && _result is null;

    /// <summary>The fixed result of the state.</summary>
    public PassBuilder Result(object? result)
    {
        var captured = Template.Capture(result);
        if (captured.IsDynamic)
            throw new WorkflowDefinitionException($"Result is fixed JSON, so the dynamic value in {DynamicText.Describe(Asl.Writing.AslWriter.WriteValue(captured.Value))} would never be evaluated. "
                + "Use .Parameters(...) in a JSONPath state or .Output(...) in a JSONata state.");
        _result = captured.Value;
        Record("Result");
        return this;
    }

    /// <summary>JSONPath: the payload template for the input.</summary>
    public PassBuilder Parameters(object parameters)
    {
        _parameters = Template.Capture(parameters);
        Record("Parameters");
        return this;
    }

    /// <summary>JSONPath: the payload computed by a C# lambda over the state input (<c>"Key.$"</c> paths and intrinsics).</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TResult">The payload's type.</typeparam>
    public PassBuilder Parameters<TInput, TResult>(Expression<Func<TInput, TResult>> parameters) => Parameters(ExpressionTreeReader.Read(parameters));

    /// <summary>JSONPath: the payload computed by a C# lambda over the state input and the context object (<c>(Order o, Ctx c) =&gt; ...</c>).</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    /// <typeparam name="TResult">The payload's type.</typeparam>
    public PassBuilder Parameters<TInput, TContext, TResult>(Expression<Func<TInput, TContext, TResult>> parameters) where TContext : Ctx =>
        Parameters(ExpressionTreeReader.Read(parameters));

    internal PassBuilder Parameters(DataLambda parameters)
    {
        _parameters = Template.Lambda(Lambda(parameters));
        Record("Parameters");
        return this;
    }

    /// <summary>JSONPath: where the result goes (<c>null</c> keeps the input).</summary>
    public PassBuilder ResultPath(string? path)
    {
        _resultPath = path is null ? PathOrNull.Null : new PathOrNull(FixedText.Path(path, ".ResultPath(...)")!);
        Record("ResultPath");
        return this;
    }

    internal override State Build(BuildScope scope, string pointer) =>
        Flow(new PassState(), scope, pointer) with { Parameters = RenderParameters(scope, pointer), ResultPath = _resultPath, Result = _result };

    // A lambda given to Parameters in a JSONata state is written as JSONata there, so the state is reported for what is
    // wrong with it (Parameters is a JSONPath field: use Output), not for JSONPath's limits.
    private AslJson? RenderParameters(BuildScope scope, string pointer) =>
        Render(_parameters, scope, pointer, "Parameters", jsonAta: _parameters?.DataLambda is not null && scope.IsJsonAta(this));
}
