extern alias generator;

using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using LambdaFunctionAnalyzer = generator::Asl.Generators.Analyzers.LambdaFunctionAnalyzer;

namespace Asl.Generators.Tests;

/// <summary>[LambdaFunction] methods checked by the analyzer, with the real compiler, as a user's build runs it.</summary>
public class LambdaFunctionAnalyzerTests
{
    private const string Usings = "using System.IO; using System.Threading.Tasks; using Asl;\n";

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = GeneratorHarness.Compile(Usings + source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers([new LambdaFunctionAnalyzer()]).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The one diagnostic, its id, the source text it points at and its message.</summary>
    private static async Task<(string Id, string Text, string Message)> SingleAsync(string source)
    {
        var diagnostic = Assert.Single(await AnalyzeAsync(source));
        var text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
        return (diagnostic.Id, text, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("public sealed class F { [LambdaFunction(\"Fn\")] public Task H(Stream input) => Task.CompletedTask; }")]
    [InlineData("public static class F { [LambdaFunction(\"Fn\")] public static Task<Stream> H(Stream input) => Task.FromResult<Stream>(input); }")]
    [InlineData("public class F { [LambdaFunction(\"Fn\")] public Stream H(Stream input) => input; }")]
    [InlineData("public class F { [LambdaFunction(\"Fn\")] public void H(Stream input) { } }")]
    [InlineData("public class F { public F() { } public F(int x) { } [LambdaFunction(\"Fn\", TimeoutSeconds = 3)] public void H(Stream input) { } }")]
    [InlineData("public class Outer { public class F { [LambdaFunction(\"Fn2\")] public void H(Stream input) { } } }")]
    public async Task Handlers_the_managed_runtime_can_call_pass(string source)
    {
        Assert.Empty(await AnalyzeAsync(source));
    }

    [Theory]
    [InlineData("public class F { [LambdaFunction(\"Fn\")] public Task H(string input) => Task.CompletedTask; }", "does not take exactly one System.IO.Stream parameter")]
    [InlineData("public class F { [LambdaFunction(\"Fn\")] public Task H(Stream input, int retries) => Task.CompletedTask; }", "does not take exactly one System.IO.Stream parameter")]
    [InlineData("public class F { [LambdaFunction(\"Fn\")] public string H(Stream input) => \"\"; }", "returns string")]
    [InlineData("public class F { [LambdaFunction(\"Fn\")] public Task<string> H(Stream input) => Task.FromResult(\"\"); }", "returns System.Threading.Tasks.Task<string>")]
    [InlineData("public class F { [LambdaFunction(\"Fn\")] internal void H(Stream input) { } }", "is not public")]
    [InlineData("class F { [LambdaFunction(\"Fn\")] public void H(Stream input) { } }", "is declared in 'F', which is not public")]
    [InlineData("public class F<T> { [LambdaFunction(\"Fn\")] public void H(Stream input) { } }", "is declared in the generic type 'F'")]
    [InlineData("public class F { [LambdaFunction(\"Fn\")] public void H<T>(Stream input) { } }", "is generic")]
    [InlineData("public class F(int x) { [LambdaFunction(\"Fn\")] public void H(Stream input) { } }", "has no public parameterless constructor")]
    [InlineData("public abstract class F { [LambdaFunction(\"Fn\")] public void H(Stream input) { } }", "has no public parameterless constructor")]
    public async Task Handlers_the_runtime_cannot_call_are_ASL0011_on_the_method_name(string source, string problem)
    {
        var (id, text, message) = await SingleAsync(source);

        Assert.Equal(("ASL0011", "H"), (id, text));
        Assert.Contains(problem, message);
        Assert.Contains("takes the event as a System.IO.Stream", message);
    }

    [Theory]
    [InlineData("send-callback", "contains '-'")]
    [InlineData("", "is empty")]
    [InlineData("Ünicode", "contains 'Ü'")]
    public async Task Names_that_are_no_logical_ID_are_ASL0012_on_the_name_argument(string name, string problem)
    {
        var (id, text, message) = await SingleAsync("public static class F { [LambdaFunction(\"" + name + "\")] public static void H(Stream input) { } }");

        Assert.Equal(("ASL0012", "\"" + name + "\""), (id, text));
        Assert.Contains(problem + "; use 1 to 255 letters and digits", message);
    }

    [Fact]
    public async Task A_name_longer_than_a_logical_ID_is_ASL0012()
    {
        var (id, _, message) = await SingleAsync("public static class F { [LambdaFunction(\"" + new string('a', 256) + "\")] public static void H(Stream input) { } }");

        Assert.Equal("ASL0012", id);
        Assert.Contains("is longer than 255 characters", message);
    }

    [Fact]
    public async Task Two_functions_with_one_name_are_ASL0012_on_both_naming_the_other()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class A { [LambdaFunction("Notify")] public static void H(Stream input) { } }
            public static class B { [LambdaFunction("Notify")] public static void H(Stream input) { } }
            """);

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("ASL0012", d.Id));
        Assert.Contains(diagnostics, d => d.GetMessage().Contains("is also the name of B.H"));
        Assert.Contains(diagnostics, d => d.GetMessage().Contains("is also the name of A.H"));
    }

    [Fact]
    public async Task The_sample_callback_function_passes()
    {
        string Sample(string path) => File.ReadAllText(Path.Combine(SampleFolder(), path));
        const string implicitUsings = "global using System; global using System.IO; global using System.Threading; global using System.Threading.Tasks;";
        var compilation = GeneratorHarness.Compile(
            Sample("Workflows/NestedWorkflow.cs"), Sample("Workflows/NestedInput.cs"), Sample("Functions/CallbackFunction.cs"), implicitUsings);
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await output.WithAnalyzers([new LambdaFunctionAnalyzer()]).GetAnalyzerDiagnosticsAsync());
    }

    private static string SampleFolder([CallerFilePath] string caller = "") =>
        Path.Combine(Path.GetDirectoryName(caller)!, "..", "..", "samples", "NestedWorkflow");
}
