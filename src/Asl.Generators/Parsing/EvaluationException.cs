using System;
using Asl.Generators.Model;

namespace Asl.Generators.Parsing;

/// <summary>Stops the evaluation of one Define() with the diagnostic that explains why.</summary>
internal sealed class EvaluationException : Exception
{
    public EvaluationException(DiagnosticInfo diagnostic) : base(diagnostic.Message) => Diagnostic = diagnostic;

    public DiagnosticInfo Diagnostic { get; }
}
