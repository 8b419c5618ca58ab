using System.Collections.Generic;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Something a workflow can continue with: one state, or a chain of states.</summary>
public interface IChainable
{
}

/// <summary>
/// The base of every state builder. A builder is a mutable description that <see cref="Workflow.Build()"/>
/// turns into an immutable <see cref="State"/>; the same builder code runs at run time and inside the
/// source generator, which is what makes both produce the same model.
/// </summary>
public abstract class StateBuilder : IChainable
{
    private string? _comment;
    private QueryLanguage? _queryLanguage;

    /// <summary>Creates a builder for the state called <paramref name="name"/>.</summary>
    protected StateBuilder(string name)
    {
        Name = FixedText.Check(name, "A state name");
        Record("");
    }

    /// <summary>The state's name.</summary>
    public string Name { get; }

    /// <summary>Where each field of this state was set (relative pointer → origin); see <see cref="BuilderOrigin"/>.</summary>
    internal Dictionary<string, object> Origins { get; } = new();

    /// <summary>The query language set on this state, or null to use the machine's.</summary>
    internal QueryLanguage? OwnLanguage => _queryLanguage;

    /// <summary>The origin recorded for a field, or null (at run time, or when the field was not set by a call).</summary>
    internal object? OriginOf(string field) => Origins.TryGetValue(field, out var origin) ? origin : null;

    /// <summary>
    /// Writes a payload into one of this state's fields for a state of the given language; see
    /// <see cref="BuildScope.Render"/>. <paramref name="field"/> is relative to the state, as <see cref="Record"/> takes it.
    /// </summary>
    internal AslJson? Render(Template? template, BuildScope scope, string statePointer, string field, bool jsonAta) =>
        scope.Render(template, jsonAta, statePointer + "/" + field, OriginOf(field));

    /// <summary>The state input's type declared with <c>StateInput&lt;T&gt;()</c>, or null.</summary>
    internal string? DeclaredInputType { get; private protected set; }

    private List<DataLambda>? _lambdas;

    /// <summary>Keeps a data lambda of this state, for the input-type check when the state is built.</summary>
    internal DataLambda Lambda(DataLambda lambda)
    {
        (_lambdas ??= new()).Add(lambda);
        return lambda;
    }

    /// <summary>
    /// Every data lambda must read the state input as the type the state is known to receive: the declared
    /// <c>StateInput&lt;T&gt;()</c>, else <paramref name="known"/> (the machine's input type for its first state). Where
    /// neither is known the type was lost, and the lambda's own claim is not taken on trust.
    /// </summary>
    internal void CheckInputTypes(string? known, bool typed)
    {
        if (_lambdas is null) return;
        known = DeclaredInputType ?? known;
        foreach (var lambda in _lambdas)
        {
            if (known is null && !typed || lambda.InputType == known) continue;
            var declared = DeclaredInputType is not null ? "declares its input as" : "receives";
            throw new WorkflowDefinitionException(known is null
                ? $"The input type of state '{Name}' is not known here (a state before it may reshape the data), so the lambda's '{Short(lambda.InputType)}' cannot be checked. "
                    + $"State it with .StateInput<{Short(lambda.InputType)}>() on '{Name}'."
                : $"State '{Name}' {declared} {Short(known)}, but the lambda reads it as {Short(lambda.InputType)}. "
                    + $"Make the lambda's parameter {Short(known)}, or state the input with .StateInput<T>() if it differs.")
            { Origin = lambda.Origin ?? OriginOf(""), Code = DataLambdaErrors.InputTypeCode };
        }
    }

    /// <summary>A type's name without namespaces, an anonymous type as its members (<c>an anonymous object { OrderId, Count }</c>).</summary>
    private static string Short(string type)
    {
        const string anonymous = "<anonymous type:";
        if (type.StartsWith(anonymous, System.StringComparison.Ordinal))
        {
            var members = type.Substring(anonymous.Length, type.Length - anonymous.Length - 1).Split(',');
            for (var i = 0; i < members.Length; i++) members[i] = members[i].Substring(members[i].TrimEnd().LastIndexOf(' ') + 1).Trim();
            return "an anonymous object { " + string.Join(", ", members) + " }";
        }
        return System.Text.RegularExpressions.Regex.Replace(type, @"\b(?:[A-Za-z_]\w*\.)+", "");
    }

    /// <summary>True when nothing may follow this state in a chain (Choice, Succeed, Fail).</summary>
    internal virtual bool EndsChain => false;

    /// <summary>True when the chain may link this state to the next one (it has no Next and no End yet).</summary>
    internal virtual bool IsOpen => false;

    /// <summary>Links this state to <paramref name="next"/>, as <see cref="Chain.Then"/> does.</summary>
    internal virtual void LinkTo(StateBuilder next)
    {
    }

    /// <summary>The names of the states this state continues with (Next, Choice rules and Default, Catch targets).</summary>
    internal virtual IEnumerable<string> Successors() { yield break; }

    /// <summary>
    /// True when this state's output is its input, unchanged, so the input type flows on to the states it continues with:
    /// a Choice or Wait, or a Pass that sets nothing of its data, with no InputPath, OutputPath or Output.
    /// </summary>
    internal virtual bool PassesInputThrough => false;

    /// <summary>
    /// The type of this state's output on success when its input has type <paramref name="input"/> (null: unknown), which
    /// becomes the input type of the state it continues with; <paramref name="types"/> reads members for member paths.
    /// Unknown wherever the data is reshaped in a way the DSL cannot type; a state there needs <c>StateInput&lt;T&gt;()</c>.
    /// </summary>
    internal virtual string? OutputType(string? input, DataTypes types) => PassesInputThrough ? input : null;

    /// <summary>The names of the states this state continues with on an error (Catch targets): their input is an error output.</summary>
    internal virtual IEnumerable<string> ErrorSuccessors() { yield break; }

    /// <summary>Where the state's output is written (an Output or Parameters lambda), else where the state is: what a finding on the output points at.</summary>
    internal virtual object? OutputOrigin => OriginOf("");

    /// <summary>True when the execution (or its branch) succeeds with this state's output: a Succeed state, or a state with End.</summary>
    internal virtual bool EndsWithOutput => false;

    /// <summary>The builders this state points at (targets, branch starts are not included).</summary>
    internal virtual IEnumerable<StateBuilder> Targets() { yield break; }

    /// <summary>Builds the immutable state; <paramref name="scope"/> is its container, <paramref name="pointer"/> its JSON pointer.</summary>
    internal abstract State Build(BuildScope scope, string pointer);

    /// <summary>
    /// Records the origin of a field (relative JSON pointer such as <c>"Next"</c> or <c>"Parameters"</c>): the call being
    /// evaluated, or the argument of its parameter <paramref name="parameter"/> when given.
    /// </summary>
    protected void Record(string field, string? parameter = null)
    {
        if (BuilderOrigin.For(parameter) is { } origin) Origins[field] = origin;
    }

    /// <summary>Sets the comment.</summary>
    protected void SetComment(string comment)
    {
        _comment = FixedText.Check(comment, "A comment");
        Record("Comment");
    }

    /// <summary>Sets the query language.</summary>
    protected void SetQueryLanguage(QueryLanguage language)
    {
        _queryLanguage = language;
        Record("QueryLanguage");
    }

    /// <summary>Applies the fields every state has.</summary>
    protected T Common<T>(T state) where T : State => state with
    {
        Comment = _comment,
        QueryLanguage = _queryLanguage switch
        {
            QueryLanguage.JsonAta => QueryLanguages.JsonAta,
            QueryLanguage.JsonPath => QueryLanguages.JsonPath,
            _ => null,
        },
    };
}

/// <summary>A state builder with fluent setters returning the concrete builder type.</summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class StateBuilder<TSelf> : StateBuilder where TSelf : StateBuilder<TSelf>
{
    /// <summary>Creates the builder.</summary>
    protected StateBuilder(string name) : base(name) { }

    /// <summary>This builder, typed.</summary>
    protected TSelf Self => (TSelf)this;

    /// <summary>Sets the state's <c>Comment</c>.</summary>
    public TSelf Comment(string comment)
    {
        SetComment(comment);
        return Self;
    }

    /// <summary>
    /// States the type of this state's input, which lambdas over it must read (<c>(T x) =&gt; ...</c>). The first state's input
    /// is the machine's input type; a later state's must be stated where a lambda reads it.
    /// </summary>
    /// <typeparam name="T">The state input's type.</typeparam>
    public TSelf StateInput<T>()
    {
        DeclaredInputType = DataMethods.TypeName(typeof(T));
        return Self;
    }

    internal TSelf StateInput(string type)
    {
        DeclaredInputType = type;
        return Self;
    }

    /// <summary>Sets the state's <c>QueryLanguage</c>.</summary>
    public TSelf QueryLanguage(QueryLanguage language)
    {
        SetQueryLanguage(language);
        return Self;
    }
}

/// <summary>
/// The origin of builder calls. The source generator sets <see cref="Current"/> to the C# syntax it is
/// evaluating, so each model field can be traced back to the argument that produced it; at run time it is null.
/// </summary>
public static class BuilderOrigin
{
    [System.ThreadStatic]
    private static object? _current;

    /// <summary>The origin of the call being evaluated, or null.</summary>
    public static object? Current
    {
        get => _current;
        set => _current = value;
    }

    /// <summary>The origin of the argument given for <paramref name="parameter"/> of the current call, else of the call.</summary>
    internal static object? For(string? parameter) =>
        parameter is not null && _current is ICallOrigin call && call.ArgumentOrigin(parameter) is { } argument ? argument : _current;

    /// <summary>The origin of element <paramref name="index"/> of the array given for <paramref name="parameter"/>, or null when unknown.</summary>
    internal static object? ForElement(string parameter, int index) => _current is ICallOrigin call ? call.ElementOrigin(parameter, index) : null;
}

/// <summary>An origin that knows where each argument of the call is (set by the source generator).</summary>
internal interface ICallOrigin
{
    /// <summary>The origin of the argument given for <paramref name="parameter"/>, or null when it was not given.</summary>
    object? ArgumentOrigin(string parameter);

    /// <summary>
    /// The origin of element <paramref name="index"/> of the array given for <paramref name="parameter"/> (an element of
    /// <c>new[] { ... }</c> or of a static readonly array's initializer), or null when unknown.
    /// </summary>
    object? ElementOrigin(string parameter, int index);
}
