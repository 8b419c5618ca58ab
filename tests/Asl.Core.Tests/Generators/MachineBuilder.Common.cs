using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Generators;

internal sealed partial class MachineBuilder
{
    private PathScope PathScopeOf(ContainerScope scope, bool mapItem = false) => new(scope.Variables, mapItem);

    private AtaScope AtaScopeOf(ContainerScope scope) => new(scope.Variables);

    /// <summary>InputPath or OutputPath: absent, a path, or null.</summary>
    private PathOrNull? OptionalPath(int percent)
    {
        if (!_draw.Chance(percent)) return null;
        return _draw.Chance(20) ? PathOrNull.Null : new PathOrNull(_paths.ReferencePath());
    }

    /// <summary>ResultPath: absent, a reference path into the input, or null (discard the result).</summary>
    private PathOrNull? OptionalResultPath(int percent)
    {
        if (!_draw.Chance(percent)) return null;
        return _draw.Int(0, 4) switch
        {
            0 => PathOrNull.Null,
            1 => new PathOrNull("$"),
            _ => new PathOrNull(_paths.FieldPath()),
        };
    }

    private string? OptionalComment(int percent = 25) => _draw.Chance(percent) ? _literals.Comment() : null;

    /// <summary>Fresh variable names for an Assign that nothing reads (so no scope rule is involved).</summary>
    private IReadOnlyList<string> FreshVariables() => Enumerable.Range(0, _draw.Int(1, 2)).Select(_ => _names.Variable()).ToList();

    private AslJsonObject? OptionalPathAssign(ContainerScope scope, int percent = 20) =>
        _draw.Chance(percent) ? _paths.Assign(PathScopeOf(scope), FreshVariables()) : null;

    private AslJsonObject? OptionalAtaAssign(AtaScope scope, int percent = 20) =>
        _draw.Chance(percent) ? _ata.Assign(scope, FreshVariables()) : null;

    /// <summary>A JSONata Output: any JSON value, most often a JSONata string.</summary>
    private AslJson? OptionalAtaOutput(AtaScope scope, int percent = 30) => _draw.Chance(percent) ? _ata.Value(scope) : null;

    /// <summary>Catchers whose targets come from <paramref name="targets"/>, with the fields of the state's language.</summary>
    private EquatableArray<Catcher> Catchers(bool jsonAta, ContainerScope scope, ErrorSource source, TargetPicker targets) =>
        _errors.Catchers(source, names =>
        {
            var catcher = new Catcher(names, targets.Next()) { Comment = OptionalComment(10) };
            if (!jsonAta)
            {
                return catcher with
                {
                    ResultPath = OptionalResultPath(60),
                    Assign = OptionalPathAssign(scope),
                };
            }
            var errorScope = AtaScopeOf(scope) with { ErrorOutput = true };
            return catcher with
            {
                Output = OptionalAtaOutput(errorScope, 50),
                Assign = OptionalAtaAssign(errorScope),
            };
        });
}
