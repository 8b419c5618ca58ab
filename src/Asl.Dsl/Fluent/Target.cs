namespace Asl;

/// <summary>A transition target: a state builder, or the name of a state declared elsewhere in the same container.</summary>
internal readonly struct Target
{
    public Target(StateBuilder state) { State = state; Name = state.Name; }

    public Target(string name) { State = null; Name = FixedText.Check(name, "The name of the next state"); }

    public StateBuilder? State { get; }

    public string Name { get; }
}
