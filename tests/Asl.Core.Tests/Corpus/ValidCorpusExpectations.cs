namespace Asl.Core.Tests.Corpus;

/// <summary>A finding a corpus definition is expected to get, and why that is right.</summary>
internal sealed record ExpectedFinding(string Code, string Pointer, string Reason);

/// <summary>
/// A finding on a valid definition that is the validator's mistake: AWS accepts the definition as written.
/// </summary>
internal sealed record KnownFalsePositive(string File, string Code, string Pointer, string Why);

/// <summary>What the valid corpus is allowed to produce besides nothing.</summary>
internal static class ValidCorpusExpectations
{
    /// <summary>Warnings that are correct on a valid definition, per file.</summary>
    public static IReadOnlyDictionary<string, ExpectedFinding[]> Warnings { get; } = new Dictionary<string, ExpectedFinding[]>
    {
        ["choice-without-default.asl.json"] =
        [
            new("ASL1140", "/States/Route webhook",
                "E40: the Choice has no Default on purpose (unknown event types should fail with States.NoChoiceMatched); AWS accepts it, and the warning is the right advice in general."),
        ],
    };

    /// <summary>
    /// Validator false positives found by the valid corpus. Each entry names the file, the code, the
    /// pointer and why AWS accepts the definition. The lead clears entries as the rules are fixed; a test
    /// fails when a listed finding is no longer reported, so the list cannot go stale.
    /// </summary>
    public static IReadOnlyList<KnownFalsePositive> KnownValidatorFalsePositives { get; } =
    [
    ];
}
