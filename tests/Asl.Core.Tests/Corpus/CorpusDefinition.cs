using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using Asl.Validation;

namespace Asl.Core.Tests.Corpus;

/// <summary>One corpus file read and validated: the model plus the reader's and the validator's findings.</summary>
internal sealed record CorpusDefinition(
    string Name,
    StateMachine? Machine,
    IReadOnlyList<AslDiagnostic> ReaderFindings,
    IReadOnlyList<AslDiagnostic> ValidatorFindings)
{
    public static CorpusDefinition Load(string folder, string name)
    {
        var read = AslReader.Read(File.ReadAllText(CorpusFiles.PathOf(folder, name)));
        var validation = read.Machine is { } machine ? AslValidator.Validate(machine) : [];
        return new CorpusDefinition(name, read.Machine, read.Diagnostics, validation);
    }

    /// <summary>Every finding, the reader's first.</summary>
    public IEnumerable<AslDiagnostic> AllFindings => ReaderFindings.Concat(ValidatorFindings);

    /// <summary>Findings as one indented line each, for assertion messages.</summary>
    public static string Describe(IEnumerable<AslDiagnostic> findings) =>
        string.Join(Environment.NewLine, findings.Select(d => $"  {d.Code} {d.Severity} {Show(d.Pointer)}: {d.Message}"));

    public static string Show(string pointer) => pointer.Length == 0 ? "/" : pointer;
}
