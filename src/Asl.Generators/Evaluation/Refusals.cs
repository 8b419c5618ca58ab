using Microsoft.CodeAnalysis;

namespace Asl.Generators.Evaluation;

/// <summary>
/// Members of BCL types the evaluator otherwise calls, whose result differs between the build and a run: what they
/// read, and what to write instead. Types outside the pure set are refused by <see cref="ClrTypes"/> already.
/// </summary>
internal static class Refusals
{
    private const string Clock = "it reads the clock, which differs between the build and every run; use a constant, or a run-time value such as Context.ExecutionStartTime";
    private const string Chance = "it gives a different value every time; use Intrinsic.Uuid() or Intrinsic.MathRandom(...) for a value made when the workflow runs";
    private const string Machine = "it reads the machine the code runs on, which the build does not see; pass the value in the execution input and read it with Input.At(\"$.path\")";
    private const string HashCode = "hash codes differ between processes; compare the values themselves";

    /// <summary>Why <paramref name="member"/> cannot be evaluated at compile time, or null when nothing speaks against it.</summary>
    public static string? For(ISymbol member)
    {
        var type = member.ContainingType?.ToDisplayString();
        switch (type)
        {
            case "System.DateTime" or "System.DateTimeOffset" when member.Name is "Now" or "UtcNow" or "Today" or "ToLocalTime" or "LocalDateTime" or "ToUniversalTime":
            case "System.Diagnostics.Stopwatch":
            case "System.Environment" when member.Name is "TickCount" or "TickCount64":
            case "System.TimeProvider":
                return Clock;
            case "System.Guid" when member.Name == "NewGuid":
            case "System.Random" or "System.Security.Cryptography.RandomNumberGenerator":
                return Chance;
            case "System.Environment" or "System.Console" or "System.AppContext" or "System.AppDomain":
                return Machine;
            case "System.Globalization.CultureInfo" when member.Name is "CurrentCulture" or "CurrentUICulture" or "DefaultThreadCurrentCulture":
                return "the current culture is the culture of the machine that runs the code; use CultureInfo.InvariantCulture";
        }
        if (member.Name == "GetHashCode") return HashCode;
        var ns = member.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns.StartsWith("System.IO", System.StringComparison.Ordinal) || ns.StartsWith("System.Net", System.StringComparison.Ordinal)
            || ns.StartsWith("System.Diagnostics", System.StringComparison.Ordinal))
            return Machine;
        if (ns.StartsWith("System.Reflection", System.StringComparison.Ordinal) || type is "System.Type" or "System.Activator")
            return "it uses reflection, which needs the compiled program; write the value directly (nameof(...) gives a name)";
        if (ns.StartsWith("System.Threading", System.StringComparison.Ordinal))
            return "Define() runs once, synchronously, at build time; compute the value without threads or tasks";
        return null;
    }
}
