using System;
using System.Linq.Expressions;
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

    internal override IEnumerable<string> Successors()
    {
        if (_next is { } next) yield return next.Name;
    }

    internal override bool EndsWithOutput => _end || _next is null;

    internal override object? OutputOrigin => _output?.DataLambda?.Origin ?? base.OutputOrigin;

    /// <summary>True when Output sets the state's output.</summary>
    private protected bool HasOutput => _output is not null;

    /// <summary>
    /// The output's type: an Output lambda's result type; else the result placed by ResultPath into the input, as
    /// InputPath and OutputPath select from it: a plain member path (<c>$.Output</c>) selects that member's type; any other
    /// path, like a ResultPath that merges the result into the input, leaves a shape no C# type names, so the type is lost.
    /// </summary>
    internal sealed override string? OutputType(string? input, DataTypes types)
    {
        if (_output is not null) return _output.DataLambda?.ResultType;
        return types.At(PlacedResultType(types.At(input, _inputPath), input), _outputPath);
    }

    /// <summary>The type of the effective input (after InputPath) when the state's input has type <paramref name="input"/>.</summary>
    private protected string? EffectiveInputType(string? input, DataTypes types) => types.At(input, _inputPath);

    /// <summary>The type of the data after ResultPath, from the effective input's type (after InputPath) and the raw input's; a Wait passes its input.</summary>
    private protected virtual string? PlacedResultType(string? effectiveInput, string? input) => effectiveInput;

    /// <summary>The type after ResultPath: the result's at <c>$</c> (the default), the input's when the result is discarded (null), else unknown.</summary>
    private protected static string? Place(PathOrNull? resultPath, string? result, string? input) =>
        resultPath is null || resultPath.Path == "$" ? result : resultPath.IsNull ? input : null;

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

    /// <summary>JSONata: the state's output computed by a C# lambda over the state input.</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TResult">The output's type.</typeparam>
    public TSelf Output<TInput, TResult>(Expression<Func<TInput, TResult>> output) => Output(ExpressionTreeReader.Read(output));

    /// <summary>JSONata: the state's output computed by a C# lambda over the state input and the context object (<c>(Order o, Ctx c) =&gt; ...</c>).</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    /// <typeparam name="TResult">The output's type.</typeparam>
    public TSelf Output<TInput, TContext, TResult>(Expression<Func<TInput, TContext, TResult>> output) where TContext : Ctx => Output(ExpressionTreeReader.Read(output));

    internal TSelf Output(DataLambda output)
    {
        _output = Template.Lambda(Lambda(output));
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

    /// <summary>
    /// Assigns variables computed by a C# lambda over the state input: <c>.Assign((Order o) =&gt; new { orderId = o.OrderId })</c>;
    /// each member is a variable, read back typed with <see cref="Ctx{TVars}"/>. In a JSONPath state the lambda reads the
    /// state input only where Assign's <c>$</c> is the input (a Pass that sets no result, a Wait, without InputPath).
    /// </summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TVariables">The variables' type.</typeparam>
    public TSelf Assign<TInput, TVariables>(Expression<Func<TInput, TVariables>> variables) => Assign(ExpressionTreeReader.Read(variables));

    /// <summary>Assigns variables computed by a C# lambda over the state input and the context object.</summary>
    /// <typeparam name="TInput">The state input's type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    /// <typeparam name="TVariables">The variables' type.</typeparam>
    public TSelf Assign<TInput, TContext, TVariables>(Expression<Func<TInput, TContext, TVariables>> variables) where TContext : Ctx =>
        Assign(ExpressionTreeReader.Read(variables));

    internal TSelf Assign(DataLambda variables)
    {
        _assign = Template.Lambda(Lambda(DataNaming.AsVariables(variables)));
        Record("Assign");
        return Self;
    }

    /// <summary>
    /// True when a JSONPath Assign's <c>$</c> is this state's input, so a lambda over the input can be written there: AWS
    /// evaluates JSONPath Assign against the state's result (a Task's, a Map's, a Pass's Parameters or Result).
    /// </summary>
    private protected virtual bool AssignSeesInput => false;

    private AslJson? RenderAssign(BuildScope scope, string pointer)
    {
        var jsonAta = scope.IsJsonAta(this);
        if (!jsonAta && _assign?.DataLambda is { } lambda && !(AssignSeesInput && _inputPath is null))
            throw DataLambdaErrors.AssignReadsOtherData(lambda, _inputPath is null ? "the state's result ('$')" : "the input after InputPath");
        return Render(_assign, scope, pointer, "Assign", jsonAta);
    }

    /// <summary>Applies the flow fields; a state left open ends its container.</summary>
    internal T Flow<T>(T state, BuildScope scope, string pointer) where T : FlowState => Common(state) with
    {
        Next = _next is { } next ? scope.Resolve(next) : null,
        End = _end || _next is null,
        InputPath = _inputPath,
        OutputPath = _outputPath,
        Output = Render(_output, scope, pointer, "Output", jsonAta: true),
        Assign = RenderAssign(scope, pointer),
    };
}
