using Asl.Json;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Model;
using Asl.Paths;

namespace Asl.Local.Execution;

using JsonPath = Asl.Paths.JsonPath;

/// <summary>
/// What expressions of one state see while it runs: <c>$</c> (which moves from step to step: raw input,
/// effective input, result…), the Context Object for <c>$$</c>, the variables, and for JSONata the
/// <c>$states</c> members.
/// </summary>
internal sealed class StateScope : IPathScope
{
    private AslJson? _context;
    private int _retryCount;
    private string? _taskToken;
    private (int Index, AslJson Value)? _mapItem;

    public StateScope(Frame frame, NamedState state, AslJson rawInput, DateTimeOffset enteredTime)
    {
        Frame = frame;
        State = state;
        RawInput = rawInput;
        Input = rawInput;
        EnteredTime = enteredTime;
    }

    public Frame Frame { get; }

    public NamedState State { get; }

    /// <summary>The input the state received (before InputPath); <c>$states.input</c> in JSONata.</summary>
    public AslJson RawInput { get; }

    /// <summary>What <c>$</c> stands for in the expression being evaluated.</summary>
    public AslJson Input { get; set; }

    /// <summary><c>$states.result</c> (JSONata), once there is one.</summary>
    public AslJson? Result { get; set; }

    /// <summary><c>$states.errorOutput</c> (JSONata), inside a Catch.</summary>
    public AslJson? ErrorOutput { get; set; }

    public DateTimeOffset EnteredTime { get; }

    public Random Random => Frame.Engine.Random;

    public int RetryCount
    {
        get => _retryCount;
        set { _retryCount = value; _context = null; }
    }

    public string? TaskToken
    {
        get => _taskToken;
        set { _taskToken = value; _context = null; }
    }

    /// <summary>Sets <c>$$.Map.Item</c> (only while a Map state evaluates its ItemSelector).</summary>
    public void SetMapItem((int Index, AslJson Value)? item)
    {
        _mapItem = item;
        _context = null;
    }

    /// <summary>True for states whose Context Object carries <c>State.RetryCount</c> (those with Retry).</summary>
    private bool HasRetryCount => State.State is WorkState;

    public AslJson ContextObject => _context ??= BuildContext();

    public bool TryGetVariable(string name, out AslJson value) => Frame.Variables.TryGet(name, out value);

    public bool TryWalkContext(JsonPath path, out AslJson value)
    {
        // Once built (JSONata, a non-definite path, an error message) the whole object is at hand; until then
        // only the member the path starts with is made, and $$.Map.Item.Value/Index not even that.
        if (_context is not null || path.Segments.IsEmpty || path.Segments[0].Selectors[0] is not NameSelector first)
            return PathEvaluator.TryWalkDefinite(path, 0, ContextObject, out value);
        if (first.Name == "Map" && _mapItem is { } item && path.Segments.Count >= 3
            && IsName(path, 1, "Item") && (IsName(path, 2, "Value") || IsName(path, 2, "Index")))
        {
            var start = IsName(path, 2, "Value") ? item.Value : JsonValues.Number(item.Index);
            return PathEvaluator.TryWalkDefinite(path, 3, start, out value);
        }
        if (ContextMember(first.Name) is { } member) return PathEvaluator.TryWalkDefinite(path, 1, member, out value);
        value = AslJson.Null;
        return false;
    }

    private static bool IsName(JsonPath path, int segment, string name)
        => path.Segments[segment].Selectors[0] is NameSelector selector && selector.Name == name;

    /// <summary>The member of the Context Object named <paramref name="name"/>, built alone; null when it has none.</summary>
    private AslJson? ContextMember(string name) => name switch
    {
        "Execution" => Frame.Run.ContextExecution,
        "State" => BuildState(),
        "StateMachine" => Frame.Run.ContextStateMachine,
        "Task" => _taskToken is null ? null : BuildTask(_taskToken),
        "Map" => _mapItem is { } item ? BuildMap(item) : null,
        _ => null,
    };

    private AslJson BuildContext()
    {
        var run = Frame.Run;
        var context = new JsonObjectBuilder(5)
            .AddUnique("Execution", run.ContextExecution)
            .AddUnique("State", BuildState())
            .AddUnique("StateMachine", run.ContextStateMachine);
        if (_taskToken is not null) context.AddUnique("Task", BuildTask(_taskToken));
        if (_mapItem is { } item) context.AddUnique("Map", BuildMap(item));
        return context.Build();
    }

    private AslJsonObject BuildState()
    {
        var state = new JsonObjectBuilder(HasRetryCount ? 3 : 2)
            .AddUnique("EnteredTime", new AslJsonString(Timestamps.Iso(EnteredTime)))
            .AddUnique("Name", new AslJsonString(State.Name));
        if (HasRetryCount) state.AddUnique("RetryCount", JsonValues.Number(_retryCount));
        return state.Build();
    }

    private static AslJsonObject BuildTask(string token)
        => new JsonObjectBuilder(1).AddUnique("Token", new AslJsonString(token)).Build();

    private static AslJsonObject BuildMap((int Index, AslJson Value) item)
    {
        var mapItem = new JsonObjectBuilder(2)
            .AddUnique("Index", JsonValues.Number(item.Index))
            .AddUnique("Value", item.Value)
            .Build();
        return new JsonObjectBuilder(1).AddUnique("Item", mapItem).Build();
    }
}
