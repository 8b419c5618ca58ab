using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Tests.Evaluation;

/// <summary>
/// Compiles one [StateMachine] class (plus helper members and other types) with the real generator and gives its
/// generated definition, the generator's diagnostics and the compiler's errors afterwards.
/// </summary>
internal static class Machines
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using Asl;
        using static Asl.States;

        """;

    /// <summary>A class <c>Flow</c> whose body is <paramref name="members"/> (Define() among them); <paramref name="types"/> go beside it.</summary>
    public static string Source(string members, string types = "", string attribute = "[StateMachine]") => Usings + $$"""
        {{types}}

        {{attribute}}
        public partial class Flow
        {
        {{members}}
        }
        """;

    public static Result Run(string source)
    {
        var (result, compiler) = GeneratorHarness.Run(source);
        var generated = result.GeneratedTrees.Select(t => t.ToString()).FirstOrDefault(t => t.Contains("partial class Flow"));
        var definition = generated is null ? null : ExtractDefinition(generated);
        return new Result(source, definition is { Length: > 0 } ? JsonNode.Parse(definition) : null, result.Diagnostics,
            compiler.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
    }

    /// <summary>The text of the generated <c>Definition</c> constant (a verbatim string).</summary>
    private static string ExtractDefinition(string generated)
    {
        const string start = "public const string Definition = @\"";
        var from = generated.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var to = generated.IndexOf("\";", from, StringComparison.Ordinal);
        return generated.Substring(from, to - from).Replace("\"\"", "\"");
    }

    internal sealed record Result(string Source, JsonNode? Definition, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> CompilerErrors)
    {
        /// <summary>The state <paramref name="name"/> of the top-level States.</summary>
        public JsonNode State(string name) => Definition?["States"]?[name] ?? throw new Xunit.Sdk.XunitException($"No state '{name}' in:\n{Definition}\n{string.Join("\n", Diagnostics)}");

        /// <summary>The source text a diagnostic is reported on.</summary>
        public string Spanned(Diagnostic diagnostic) => Source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

        public Diagnostic Single(string id) => Assert.Single(Diagnostics, d => d.Id == id);

        /// <summary>
        /// Asserts the machine was generated without any diagnostic or compiler error (with <paramref name="allowInfo"/>,
        /// information such as the deploy template's notes is allowed).
        /// </summary>
        public Result Clean(bool allowInfo = false)
        {
            var reported = Diagnostics.Where(d => !allowInfo || d.Severity > DiagnosticSeverity.Info).ToList();
            Assert.True(reported.Count == 0 && CompilerErrors.Count == 0, string.Join("\n", reported.Concat(CompilerErrors)));
            Assert.NotNull(Definition);
            return this;
        }
    }
}
