using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>
/// A whole state machine: a chain of states plus the top-level fields. A <c>[StateMachine]</c> class's
/// <c>Define()</c> returns one; <see cref="Build()"/> turns it into the ASL model.
/// </summary>
public sealed class Workflow : IChainable
{
    private string? _comment;
    private int? _timeoutSeconds;
    private QueryLanguage? _queryLanguage;
    private string? _version;
    private readonly Dictionary<string, object> _origins = new();

    private Workflow(Chain chain) => Chain = chain;

    internal Chain Chain { get; }

    /// <summary>Starts a workflow with its first state (or chain).</summary>
    public static Workflow StartWith(IChainable first) => new(Chain.StartWith(first));

    /// <summary>Continues with a state or a chain (see <see cref="Asl.Chain.Then"/> for the linking rule).</summary>
    public Workflow Then(IChainable next)
    {
        Chain.Then(next);
        return this;
    }

    /// <summary>The top-level <c>Comment</c>.</summary>
    public Workflow Comment(string comment)
    {
        _comment = FixedText.Check(comment, "A comment");
        Record("/Comment");
        return this;
    }

    /// <summary>The execution timeout in seconds.</summary>
    public Workflow TimeoutSeconds(int seconds)
    {
        _timeoutSeconds = seconds;
        Record("/TimeoutSeconds");
        return this;
    }

    /// <summary>The default query language of every state.</summary>
    public Workflow QueryLanguage(QueryLanguage language)
    {
        _queryLanguage = language;
        Record("/QueryLanguage");
        return this;
    }

    /// <summary>The ASL version ("1.0").</summary>
    public Workflow Version(string version)
    {
        _version = FixedText.Check(version, "The version");
        Record("/Version");
        return this;
    }

    private void Record(string pointer)
    {
        if (BuilderOrigin.Current is { } origin) _origins[pointer] = origin;
    }

    /// <summary>Builds the ASL model. Validation is separate (<see cref="Validation.AslValidator"/>).</summary>
    public StateMachine Build() => BuildWithOrigins(null, out _);

    /// <summary>
    /// Builds the model of a <c>[StateMachine]</c> class: the attribute's Comment, TimeoutSeconds and QueryLanguage
    /// apply where Define() did not set them, exactly as in the generated definition.
    /// </summary>
    public StateMachine Build(StateMachineAttribute? attribute) => BuildWithOrigins(attribute, out _);

    /// <summary>The machine's input type (set by the source generator), which the first state's data lambdas must read; null leaves it unchecked.</summary>
    internal string? InputType { get; set; }

    /// <summary>The members of the types that flow between states (set by the source generator); unknown at run time.</summary>
    internal DataTypes Types { get; set; } = DataTypes.None;

    /// <summary>After a build with <see cref="InputType"/> set: the known output type of each state that ends the machine.</summary>
    internal IReadOnlyList<StateOutput> Outputs { get; private set; } = System.Array.Empty<StateOutput>();

    /// <summary>Builds the ASL model and reports where each field came from (by JSON pointer).</summary>
    public StateMachine BuildWithOrigins(StateMachineAttribute? attribute, out IReadOnlyDictionary<string, object> origins)
    {
        if (attribute is not null)
        {
            _comment ??= attribute.Comment;
            if (_timeoutSeconds is null && attribute.TimeoutSeconds > 0) _timeoutSeconds = attribute.TimeoutSeconds;
            if (_queryLanguage is null && attribute.QueryLanguage == Asl.QueryLanguage.JsonAta) _queryLanguage = attribute.QueryLanguage;
        }
        using var naming = DataNaming.Use(attribute?.JsonNaming ?? JsonNaming.AsWritten);
        var all = new Dictionary<string, object>(_origins);
        var scope = new BuildScope(JsonPointer.Root, all, _queryLanguage == Asl.QueryLanguage.JsonAta) { MachineInput = InputType, First = Chain.First, FirstInput = InputType, Types = Types };
        Chain.DeclareIn(scope);
        var states = scope.BuildStates();
        Outputs = scope.Outputs;
        origins = all;
        return new StateMachine(Chain.First?.Name ?? string.Empty, states)
        {
            Comment = _comment,
            Version = _version,
            TimeoutSeconds = _timeoutSeconds is { } t ? AslJson.Of(t) : null,
            QueryLanguage = _queryLanguage switch
            {
                Asl.QueryLanguage.JsonAta => QueryLanguages.JsonAta,
                Asl.QueryLanguage.JsonPath => QueryLanguages.JsonPath,
                _ => null,
            },
        };
    }
}
