using Asl.Benchmarks.Suite;
using Asl.Benchmarks.Compare;
using Asl.Benchmarks.Inputs;

// Modes used by bench/compare.sh print plain figures; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "prepare" when args.Length == 2 => Prepare(args[1]),
    "compare-validate" when args.Length == 2 => await ValidationThroughput.RunAsync(args[1]),
    "compare-execute" when args.Length == 3 => await ExecutionThroughput.RunAsync(args[1], args[2]),
    "compare-jsonata" when args.Length == 2 => await JsonAtaThroughput.RunAsync(args[1]),
    "generator-steps" when args.Length == 1 => GeneratorSteps.Run(),
    "alloc-profile" when args.Length == 2 => AllocationProfile.Run(args[1]),
    "alloc-profile" when args.Length == 3 && int.TryParse(args[2], out var rounds) => AllocationProfile.Run(args[1], rounds),
    "prepare" or "compare-validate" or "compare-execute" or "compare-jsonata" or "generator-steps" or "alloc-profile" => Usage(),
    "--help" or "-h" or "help" => Usage(),
    _ => SuiteRunner.Run(args),
};

static int Prepare(string directory)
{
    var set = DefinitionSet.Default;
    DefinitionSet.WriteTo(Path.Combine(directory, "definitions"), set);
    var typical = DefinitionSet.Typical();
    DefinitionSet.WriteTo(Path.Combine(directory, "definitions-typical"), typical);
    var engine = Path.Combine(directory, "engine");
    Directory.CreateDirectory(engine);
    File.WriteAllText(Path.Combine(engine, "pass-choice-map.asl.json"), ExecutionMachines.PassChoiceMap);
    File.WriteAllText(Path.Combine(engine, "order-input.json"), ExecutionMachines.OrderInput);
    var jsonata = Path.Combine(directory, "jsonata");
    Directory.CreateDirectory(jsonata);
    File.WriteAllText(Path.Combine(jsonata, "cases.json"), JsonAtaWorkload.Build(RepositoryRoot()).ToJsonString());
    Console.Error.WriteLine($"Wrote {DefinitionSet.Describe(set)} to {Path.Combine(directory, "definitions")}, {DefinitionSet.Describe(typical)} to "
        + $"{Path.Combine(directory, "definitions-typical")}, and the engine machine and its input to {engine}.");
    return 0;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Asl.slnx"))) return dir.FullName;
    throw new InvalidOperationException("Run the benchmarks from the repository (no Asl.slnx above the binaries).");
}

static int Usage()
{
    Console.Error.WriteLine("""
        Asl benchmarks (always build and run in Release).

          dotnet run -c Release --project bench/Asl.Benchmarks -- [BenchmarkDotNet options]
              Runs the BenchmarkDotNet suites (generator, validation, engine, endpoint), for example
              --filter '*Validation*', --list flat, --job short. Add --quick for a run of a few minutes:
              short jobs, in process, and the smaller parameter sets.

          ... -- prepare DIR                  writes the definition sets and the engine machine for compare.sh
          ... -- compare-validate DIR         definitions/s and MB/s of the reader + validator on DIR/*.json
          ... -- compare-execute MACHINE INPUT executions/s of MACHINE on INPUT on the local engine
          ... -- compare-jsonata CASES        evaluations/s of each JSONata expression of CASES (DIR/jsonata/cases.json)
          ... -- generator-steps              which generator steps re-run after an unrelated edit and after
                                              an edit inside one workflow (exit 1 if an unrelated edit re-runs any)
          ... -- alloc-profile read|validate|execute|generate|generate-before|generate-loops|generate-edit|generate-edit-before [ROUNDS]
                                              the types a workload allocates most (runtime allocation sampling),
                                              its CPU time and collections per round (generate*: after an unrelated
                                              edit; generate-edit*: after an edit inside a workflow; *-before: the
                                              baseline generator of ASL_BASELINE_GENERATOR)

        Timing of the compare modes: BENCH_WARMUP_SECONDS (default 3), BENCH_SECONDS (default 10), BENCH_BATCH
        (executions per engine, default 200).
        """);
    return 2;
}
