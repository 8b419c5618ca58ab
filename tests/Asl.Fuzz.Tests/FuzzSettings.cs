using System.Globalization;

namespace Asl.Fuzz.Tests;

/// <summary>
/// How many inputs each fuzz test tries. The normal test run tries a few hundred to a few thousand per component
/// (tens of seconds in all); the long run is opted into with the environment variable <c>ASL_FUZZ_INPUTS</c>, the
/// number of inputs per test (for example 100000: <c>bash scripts/fuzz.sh</c>).
/// </summary>
internal static class FuzzSettings
{
    public const string InputsVariable = "ASL_FUZZ_INPUTS";

    /// <summary>The inputs per test of the long run, or null for the quick run.</summary>
    public static long? LongRunInputs { get; } =
        long.TryParse(Environment.GetEnvironmentVariable(InputsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var inputs) && inputs > 0
            ? inputs
            : null;

    /// <summary>The inputs a test tries: <paramref name="quick"/> in the normal run, the long run's number otherwise.</summary>
    public static long Inputs(long quick) => LongRunInputs ?? quick;

    /// <summary>Worker threads: the machine's cores (the long run), but two at most in the normal run beside the other tests.</summary>
    public static int Threads => LongRunInputs is null ? Math.Min(2, Environment.ProcessorCount) : Environment.ProcessorCount;
}
