using System.Collections.Generic;
using System.Globalization;
using Asl.Diagnostics;

namespace Asl.Json;

/// <summary>
/// The findings of one read, with a cap on their text. A finding's pointer repeats every key that leads to it, so
/// findings deep inside a definition with long names could otherwise grow with the square of its size; after
/// <see cref="MaxCharacters"/> the reader reports ASL1095 once and nothing more (it still reads the whole definition).
/// </summary>
internal sealed class ReaderFindings(List<AslDiagnostic> diagnostics)
{
    /// <summary>The most characters of finding text (pointers and messages) one read reports: far beyond any real definition's.</summary>
    public const long MaxCharacters = 64L * 1024 * 1024;

    private long _characters;

    /// <summary>True once the cap is reached: further findings are dropped, so callers can skip building them.</summary>
    public bool IsFull { get; private set; }

    public void Add(AslDiagnostic diagnostic)
    {
        if (IsFull) return;
        diagnostics.Add(diagnostic);
        _characters += diagnostic.Pointer.Length + diagnostic.Message.Length;
        if (_characters <= MaxCharacters) return;
        IsFull = true;
        diagnostics.Add(AslRules.ValidationBudgetExceeded.At(JsonPointer.Root,
            string.Format(CultureInfo.InvariantCulture, "the reader's findings ran past {0:N0} characters of text, so it reported no more", MaxCharacters)));
    }
}
