using Asl.Core.Tests.Generators;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using Asl.Validation;
using Asl.Writing;
using CsCheck;

namespace Asl.Core.Tests.Properties;

/// <summary>
/// Properties of random valid machines: the writer and reader are inverses, writing is deterministic, and
/// the validator does not reject what AWS accepts.
/// </summary>
public class GeneratedMachineProperties
{
    private const long Samples = 500;

    [Fact]
    public void Writing_then_reading_a_valid_machine_gives_an_equal_model_and_no_reader_finding()
    {
        ValidMachines.Any.Sample(machine =>
        {
            var json = AslWriter.Write(machine);
            var read = AslReader.Read(json);
            Assert.True(read.Diagnostics.Count == 0, "Reader findings:\n" + Describe(read.Diagnostics));
            Assert.NotNull(read.Machine);
            Assert.Equal(json, AslWriter.Write(read.Machine!));
            Assert.Equal(machine, read.Machine);
        }, iter: Samples, print: AslWriter.Write);
    }

    [Fact]
    public void The_validator_reports_no_error_on_a_valid_machine()
    {
        ValidMachines.Any.Sample(machine =>
        {
            var errors = AslValidator.Validate(machine).Where(d => d.Severity == AslSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "Validator errors on a valid machine:\n" + Describe(errors));
        }, iter: Samples, print: AslWriter.Write);
    }

    [Fact]
    public void Writing_is_deterministic_and_a_fixed_point_of_reading()
    {
        ValidMachines.Any.Sample(machine =>
        {
            var first = AslWriter.Write(machine);
            var second = AslWriter.Write(machine);
            Assert.Equal(first, second);
            var reread = AslReader.Read(first).Machine;
            Assert.NotNull(reread);
            Assert.Equal(first, AslWriter.Write(reread!));
        }, iter: Samples, print: AslWriter.Write);
    }

    [Fact]
    public void The_generator_produces_every_state_type_both_languages_and_every_Map_mode()
    {
        var seen = new HashSet<string>();
        for (uint seed = 0; seed < 300; seed++)
        {
            var machine = ValidMachines.Any.Generate(new PCG(seed), null, out _);
            if (machine.QueryLanguage == QueryLanguages.JsonAta) seen.Add("machine JSONata");
            foreach (var site in ModelWalker.States(machine))
            {
                seen.Add(site.State.Type);
                seen.Add(site.State.Type + " in " + site.QueryLanguage);
                if (site.State is MapState map)
                {
                    if (map.Iterator is not null) seen.Add("Map Iterator");
                    if (map.ItemProcessor?.ProcessorConfig?.Mode == "DISTRIBUTED") seen.Add("Map DISTRIBUTED");
                    if (map.ItemReader is not null) seen.Add("Map ItemReader");
                }
                if (site.State is WorkState { Retry.Count: > 0 }) seen.Add("Retry");
                if (site.State is WorkState { Catch.Count: > 0 }) seen.Add("Catch");
                if (site.Owner.Depth >= 2) seen.Add("nested twice");
            }
        }
        string[] expected =
        [
            "machine JSONata", "Map Iterator", "Map DISTRIBUTED", "Map ItemReader", "Retry", "Catch", "nested twice",
            .. new[] { "Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map" }
                .SelectMany(type => new[] { type + " in JSONPath", type + " in JSONata" }),
        ];
        Assert.Empty(expected.Except(seen));
    }

    private static string Describe(IEnumerable<AslDiagnostic> findings) =>
        string.Join("\n", findings.Select(d => $"  {d.Code} {(d.Pointer.Length == 0 ? "/" : d.Pointer)}: {d.Message}"));
}
