using System.Text.Json.Nodes;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Validation;

namespace Asl.Build.Tests;

/// <summary>Checks on written .asl.json files: they read and validate as Asl's users will run them.</summary>
internal static class AslFiles
{
    /// <summary>Fails, listing the findings, unless the reader and the validator find no error in the file.</summary>
    public static void AssertValid(string path, string machineType = "STANDARD")
    {
        var read = AslReader.Read(File.ReadAllText(path));
        Assert.NotNull(read.Machine);
        var findings = read.Diagnostics
            .Concat(AslValidator.Validate(read.Machine!, new ValidationOptions { MachineType = machineType }))
            .Where(d => d.Severity >= AslSeverity.Error)
            .Select(d => $"{d.Code} at {d.Pointer}: {d.Message}")
            .ToList();
        Assert.True(findings.Count == 0, $"{Path.GetFileName(path)} does not validate:\n" + string.Join("\n", findings));
    }

    /// <summary>Fails unless the two JSON texts hold equal values (member order and layout aside).</summary>
    public static void AssertJsonEqual(string expected, string actual, string what)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"{what} is not JSON-equal to the reference:\n{actual}");
    }

    public static string Reference(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", fileName));
}
