extern alias generator;

using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using StateMachineGenerator = generator::Asl.Generators.StateMachineGenerator;

namespace Asl.Benchmarks.Inputs;

/// <summary>
/// The generators a benchmark can run: this build's (<c>after</c>), and another revision's (<c>before</c>) when
/// <c>ASL_BASELINE_GENERATOR</c> names its Asl.Generators.dll (built by <c>bench/generator-baseline.sh</c>). The baseline
/// is loaded in a load context of its own (it has the same assembly name), sharing Roslyn with the current one, so
/// both run in one process on the same compilations.
/// </summary>
public static class GeneratorVersions
{
    public const string After = "after";
    public const string Before = "before";
    private const string Variable = "ASL_BASELINE_GENERATOR";

    private static readonly Lazy<Type?> BaselineType = new(LoadBaseline);

    /// <summary>The versions available in this process: always <see cref="After"/>, and <see cref="Before"/> when a baseline is given.</summary>
    public static IEnumerable<string> Available => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } ? [Before, After] : [After];

    /// <summary>A new instance of the generator of <paramref name="version"/>.</summary>
    public static IIncrementalGenerator Create(string version) => version == Before
        ? (IIncrementalGenerator)Activator.CreateInstance(BaselineType.Value ?? throw new InvalidOperationException(Variable + " is not set."))!
        : new StateMachineGenerator();

    private static Type? LoadBaseline()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path)) return null;
        var context = new BaselineContext(Path.GetFullPath(path));
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
        return assembly.GetType("Asl.Generators.StateMachineGenerator", throwOnError: true);
    }

    /// <summary>Loads the baseline's own assemblies from its folder; Roslyn and the BCL come from the default context.</summary>
    private sealed class BaselineContext(string path) : AssemblyLoadContext("asl-generator-baseline")
    {
        private readonly string _folder = Path.GetDirectoryName(path)!;

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is { } simple && (simple.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || simple.StartsWith("System.", StringComparison.Ordinal)
                || simple is "System" or "netstandard" or "mscorlib"))
                return null;
            var candidate = Path.Combine(_folder, name.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
