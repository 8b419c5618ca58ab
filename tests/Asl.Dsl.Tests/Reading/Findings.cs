using Asl.Diagnostics;
using Asl.Json;

namespace Asl.Dsl.Tests.Reading;

/// <summary>Assertions on reader findings.</summary>
internal static class Findings
{
    /// <summary>Asserts exactly one finding, with this code and pointer, and returns it.</summary>
    public static AslDiagnostic Single(AslReadResult result, string code, string pointer)
    {
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal((code, pointer), (finding.Code, finding.Pointer));
        return finding;
    }

    /// <summary>Asserts that the finding's pointer resolves to this line and column.</summary>
    public static void At(AslReadResult result, AslDiagnostic finding, int line, int column)
    {
        Assert.True(result.Locations.TryGetLocation(finding.Pointer, out var actualLine, out var actualColumn));
        Assert.Equal((line, column), (actualLine, actualColumn));
    }

    /// <summary>A machine whose only state is <paramref name="stateJson"/>, named "S".</summary>
    public static string MachineWith(string stateJson) => """{"StartAt": "S", "States": {"S": """ + stateJson + "}}";
}
