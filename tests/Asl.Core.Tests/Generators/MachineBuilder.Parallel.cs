using Asl.Collections;
using Asl.Model;

namespace Asl.Core.Tests.Generators;

internal sealed partial class MachineBuilder
{
    private ParallelState Parallel(string? language, ContainerScope scope, string? next, TargetPicker targets)
    {
        var inner = scope with { Depth = scope.Depth + 1 };
        var branches = Enumerable.Range(0, _draw.Int(1, 3)).Select(_ =>
        {
            var (startAt, states) = Container(inner);
            return new Branch(startAt, states) { Comment = OptionalComment(15) };
        }).ToEquatableArray();

        var state = new ParallelState(branches) { QueryLanguage = language, Comment = OptionalComment(), Next = next, End = next is null };
        var jsonAta = IsJsonAta(language);
        var source = new ErrorSource(IsParallel: true);
        state = state with { Retry = _errors.Retriers(source), Catch = Catchers(jsonAta, scope, source, targets) };
        if (jsonAta)
        {
            var ata = AtaScopeOf(scope);
            return state with
            {
                Arguments = _draw.Chance(40) ? _ata.Object(ata) : null,
                Output = OptionalAtaOutput(ata with { Result = true }),
                Assign = OptionalAtaAssign(ata with { Result = true }),
            };
        }
        var paths = PathScopeOf(scope);
        return state with
        {
            InputPath = OptionalPath(15),
            Parameters = _draw.Chance(30) ? _paths.Template(paths) : null,
            ResultSelector = _draw.Chance(25) ? _paths.Template(paths) : null,
            ResultPath = OptionalResultPath(30),
            OutputPath = OptionalPath(15),
            Assign = OptionalPathAssign(scope),
        };
    }
}
