using System.Collections.Generic;
using System.Linq;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl;

/// <summary>Builds a Parallel state: every branch runs on the same input; the output is the array of branch outputs.</summary>
public sealed class ParallelBuilder : WorkStateBuilder<ParallelBuilder>
{
    private readonly List<Chain> _branches = new();
    private Template? _arguments;

    internal ParallelBuilder(string name) : base(name) { }

    /// <summary>Adds a branch: one state or a chain.</summary>
    public ParallelBuilder Branch(IChainable branch)
    {
        Record("Branches/" + _branches.Count);
        _branches.Add(Chain.Of(branch));
        return this;
    }

    /// <summary>Adds a branch built by <paramref name="build"/>: <c>.Branch(b => b.StartWith(...).Then(...))</c>.</summary>
    public ParallelBuilder Branch(System.Func<ChainBuilder, IChainable> build) => Branch(build(new ChainBuilder()));

    /// <summary>JSONata: the input given to every branch.</summary>
    public ParallelBuilder Arguments(object arguments)
    {
        _arguments = Template.Capture(arguments);
        Record("Arguments");
        return this;
    }

    internal override State Build(BuildScope scope, string pointer) => Work(new ParallelState(
        _branches.Select((chain, i) => BuildBranch(scope, chain, JsonPointer.Append(JsonPointer.Append(pointer, "Branches"), i), BranchInputType(scope))).ToEquatableArray()),
        scope, pointer) with { Arguments = Render(_arguments, scope, pointer, "Arguments", jsonAta: true) };

    /// <summary>Every branch receives the effective input: its type when known and no Parameters or Arguments reshape it.</summary>
    private string? BranchInputType(BuildScope scope) =>
        ParametersTemplate is null && _arguments is null ? EffectiveInputType(scope.InputTypeOf(this), scope.Types) : null;

    private static Branch BuildBranch(BuildScope parent, Chain chain, string pointer, string? input)
    {
        var scope = parent.Child(pointer, chain.First, input);
        chain.DeclareIn(scope);
        return new Branch(chain.First?.Name ?? string.Empty, scope.BuildStates());
    }
}
