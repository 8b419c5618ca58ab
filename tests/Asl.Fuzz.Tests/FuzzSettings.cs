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

    public const string TimeFactorVariable = "ASL_FUZZ_TIME_FACTOR";

    /// <summary>
    /// What each input's time limit is multiplied by (<c>ASL_FUZZ_TIME_FACTOR</c>, default 1): the limits are wall-clock
    /// time, so a run at low priority on a machine busy with other work (<c>nice -n 19</c>) needs a larger factor to
    /// tell a hang from an input that waited for a core.
    /// </summary>
    public static double TimeFactor { get; } =
        double.TryParse(Environment.GetEnvironmentVariable(TimeFactorVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor >= 1
            ? factor
            : 1;

    /// <summary>Worker threads: the machine's cores (the long run), but two at most in the normal run beside the other tests.</summary>
    public static int Threads => LongRunInputs is null ? Math.Min(2, Environment.ProcessorCount) : Environment.ProcessorCount;
}
