using Asl.Json;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Model;

namespace Asl.Local.Execution;

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

    private AslJson BuildContext()
    {
        var run = Frame.Run;
        var state = new JsonObjectBuilder(3)
            .AddUnique("EnteredTime", new AslJsonString(Timestamps.Iso(EnteredTime)))
            .AddUnique("Name", new AslJsonString(State.Name));
        if (HasRetryCount) state.AddUnique("RetryCount", JsonValues.Number(_retryCount));
        var context = new JsonObjectBuilder(5)
            .AddUnique("Execution", run.ContextExecution)
            .AddUnique("State", state.Build())
            .AddUnique("StateMachine", run.ContextStateMachine);
        if (_taskToken is not null)
            context.AddUnique("Task", new JsonObjectBuilder(1).AddUnique("Token", new AslJsonString(_taskToken)).Build());
        if (_mapItem is { } item)
        {
            var mapItem = new JsonObjectBuilder(2)
                .AddUnique("Index", JsonValues.Number(item.Index))
                .AddUnique("Value", item.Value)
                .Build();
            context.AddUnique("Map", new JsonObjectBuilder(1).AddUnique("Item", mapItem).Build());
        }
        return context.Build();
    }
}
