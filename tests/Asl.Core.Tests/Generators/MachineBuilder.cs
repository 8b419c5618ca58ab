using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Generators;

/// <summary>Where a container's states are generated.</summary>
/// <param name="Depth">0 for the machine, +1 per Parallel branch or Map processor.</param>
/// <param name="InDistributedMap">Inside a distributed Map's child workflow: no outer variables, no .sync or callbacks.</param>
/// <param name="Variables">Variables definitely assigned before any state of the container runs.</param>
internal sealed record ContainerScope(int Depth, bool InDistributedMap, IReadOnlyList<string> Variables);

/// <summary>
/// Builds one random valid state machine. Each container is a spine of states linked by Next (so every state
/// is reachable and the last one ends the container), plus Succeed/Fail side exits reached only through
/// Choice rules and Catchers. Choice rules and Catchers may also jump back, making loops that always keep
/// a way out. Names are unique across the machine; every field is legal for its state type and effective
/// query language.
/// </summary>
internal sealed partial class MachineBuilder
{
    private const int MaxDepth = 2;

    private readonly Draw _draw;
    private readonly NameSupply _names;
    private readonly Literals _literals;
    private readonly JsonPathValues _paths;
    private readonly JsonAtaValues _ata;
    private readonly ErrorHandlers _errors;
    private readonly string? _machineLanguage;

    public MachineBuilder(Draw draw)
    {
        _draw = draw;
        _names = new NameSupply(draw);
        _literals = new Literals(draw);
        _paths = new JsonPathValues(draw, _literals);
        _ata = new JsonAtaValues(draw, _literals);
        _errors = new ErrorHandlers(draw);
        _machineLanguage = draw.Pick<string?>(null, QueryLanguages.JsonPath, QueryLanguages.JsonAta, QueryLanguages.JsonAta);
    }

    private bool MachineIsJsonAta => _machineLanguage == QueryLanguages.JsonAta;

    public StateMachine Build()
    {
        var (startAt, states) = Container(new ContainerScope(0, false, []));
        return new StateMachine(startAt, states)
        {
            Comment = _draw.Chance(50) ? _literals.Comment() : null,
            QueryLanguage = _machineLanguage,
            Version = _draw.Chance(20) ? "1.0" : null,
            TimeoutSeconds = _draw.Int(0, 9) switch
            {
                0 => AslJson.Of(_draw.Int(1, 99_999_999)),
                1 => AslJson.Of("${ExecutionTimeoutSeconds}"),
                _ => null,
            },
        };
    }

    /// <summary>One container: its StartAt and its states in a shuffled declaration order.</summary>
    private (string StartAt, EquatableArray<NamedState> States) Container(ContainerScope scope)
    {
        var kinds = SpineKinds(scope);
        var assignsVariables = scope.Depth == 0 && _draw.Chance(60);
        var spine = kinds.Select(_ => _names.State()).ToList();
        var lastCanEnd = kinds[^1] != StateTypes.Choice;
        var endName = !lastCanEnd || _draw.Chance(40) ? _names.State() : null;
        var sideExits = Enumerable.Range(0, _draw.Int(0, 2)).Select(_ => _names.State()).ToList();

        var targets = new TargetPicker(_draw, spine.Concat(endName is null ? [] : [endName]).ToList(), sideExits);
        var states = new List<NamedState>();
        var variables = scope.Variables;
        for (var i = 0; i < spine.Count; i++)
        {
            var next = i + 1 < spine.Count ? spine[i + 1] : endName;
            var language = PickLanguage();
            State state;
            if (i == 0 && assignsVariables)
            {
                var assigned = Enumerable.Range(0, _draw.Int(1, 3)).Select(_ => _names.Variable()).ToList();
                state = VariableSetup(language, assigned, scope, next);
                variables = [.. scope.Variables, .. assigned];
            }
            else
            {
                state = Build(kinds[i], language, scope with { Variables = variables }, next, targets);
            }
            states.Add(new NamedState(spine[i], state));
        }

        var exitScope = scope with { Variables = variables };
        if (endName is not null) states.Add(new NamedState(endName, Terminal(PickLanguage(), exitScope)));
        foreach (var exit in targets.UsedSideExits) states.Add(new NamedState(exit, Terminal(PickLanguage(), exitScope)));

        var startAt = states[0].Name;
        _draw.Shuffle(states);
        return (startAt, states.ToEquatableArray());
    }

    private List<string> SpineKinds(ContainerScope scope)
    {
        var kinds = new List<string>();
        var count = _draw.Int(1, scope.Depth == 0 ? 6 : 3);
        for (var i = 0; i < count; i++)
        {
            kinds.Add(_draw.Int(0, scope.Depth < MaxDepth ? 11 : 8) switch
            {
                0 or 1 => StateTypes.Pass,
                2 or 3 or 4 => StateTypes.Task,
                5 => StateTypes.Wait,
                6 or 7 or 8 => StateTypes.Choice,
                9 => StateTypes.Parallel,
                _ => StateTypes.Map,
            });
        }
        return kinds;
    }

    /// <summary>The state's own QueryLanguage: never JSONPath under a JSONata machine.</summary>
    private string? PickLanguage()
    {
        if (MachineIsJsonAta) return _draw.Chance(5) ? QueryLanguages.JsonAta : null;
        return _draw.Int(0, 19) switch
        {
            0 => QueryLanguages.JsonPath,
            1 or 2 or 3 => QueryLanguages.JsonAta,
            _ => null,
        };
    }

    private bool IsJsonAta(string? stateLanguage) => (stateLanguage ?? _machineLanguage) == QueryLanguages.JsonAta;

    private State Build(string kind, string? language, ContainerScope scope, string? next, TargetPicker targets) => kind switch
    {
        StateTypes.Pass => Pass(language, scope, next),
        StateTypes.Task => Task(language, scope, next, targets),
        StateTypes.Wait => Wait(language, scope, next),
        StateTypes.Choice => Choice(language, scope, next!, targets),
        StateTypes.Parallel => Parallel(language, scope, next, targets),
        _ => Map(language, scope, next, targets),
    };

    /// <summary>A Pass that assigns the variables the rest of the container reads.</summary>
    private PassState VariableSetup(string? language, IReadOnlyList<string> names, ContainerScope scope, string? next) => new()
    {
        QueryLanguage = language,
        Comment = "Assigns " + string.Join(", ", names),
        Assign = IsJsonAta(language)
            ? _ata.Assign(new AtaScope(scope.Variables), names)
            : _paths.Assign(new PathScope(scope.Variables), names),
        Next = next,
        End = next is null,
    };

    private State Terminal(string? language, ContainerScope scope) =>
        _draw.Chance(50) ? Succeed(language, scope) : Fail(language, scope);

    /// <summary>Hands out transition targets: first the side exits that still need an entry, then any spine state.</summary>
    private sealed class TargetPicker(Draw draw, IReadOnlyList<string> reachable, IReadOnlyList<string> sideExits)
    {
        private int _usedExits;

        public IEnumerable<string> UsedSideExits => sideExits.Take(_usedExits);

        public string Next() => _usedExits < sideExits.Count ? sideExits[_usedExits++] : draw.Pick(reachable);
    }
}
