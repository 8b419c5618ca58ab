namespace Asl.Generators.Tests.Evaluation;

/// <summary>
/// What Define() cannot evaluate at compile time is a diagnostic on that exact expression that names the construct
/// and says what to do; the generated members are still emitted, so nothing else breaks.
/// </summary>
public class UnsupportedTests
{
    public static TheoryData<string, string, string, string, string> Cases() => new()
    {
        // members, types, code, the exact source text the diagnostic is on, a phrase of its message
        { """public static Workflow Define() => Workflow.StartWith(Pass("A").Result(DateTime.UtcNow.Ticks));""", "", "ASL0001", "DateTime.UtcNow", "reads the clock" },
        { """public static Workflow Define() => Workflow.StartWith(Pass("A").Result(Guid.NewGuid().ToString()));""", "", "ASL0001", "Guid.NewGuid()", "different value every time" },
        { """public static Workflow Define() => Workflow.StartWith(Pass(System.IO.File.ReadAllText("name.txt")));""", "", "ASL0001", "System.IO.File.ReadAllText(\"name.txt\")", "reads the machine" },
        { """public static Workflow Define() => Workflow.StartWith(Pass(Environment.GetEnvironmentVariable("STAGE") ?? "dev"));""", "", "ASL0001", "Environment.GetEnvironmentVariable(\"STAGE\")", "execution input" },
        { """public static Workflow Define() => Workflow.StartWith(Pass(typeof(Flow).Name));""", "", "ASL0001", "typeof(Flow)", "nameof" },
        { """public static Workflow Define() => Workflow.StartWith(Pass(System.Text.Json.JsonSerializer.Serialize(1)));""", "", "ASL0001", "System.Text.Json.JsonSerializer.Serialize(1)", "cannot read its code" },
        { """private static string Name = "A"; public static Workflow Define() => Workflow.StartWith(Pass(Name));""", "", "ASL0001", "Name", "static readonly" },
        { """private static int Count; public static Workflow Define() { Count = 1; return Workflow.StartWith(Pass("A")); }""", "", "ASL0001", "Count", "writes the static field" },
        { """private const double Rate = 0.5; public static Workflow Define() => Workflow.StartWith(Pass($"Rate {Rate}"));""", "", "ASL0001", "Rate", "culture" },
        { """public static Workflow Define() => Workflow.StartWith(Pass("A").Parameters(new { Id = Input.At("$.id").ToUpper() }));""", "", "ASL0001", "Input.At(\"$.id\").ToUpper()", "dynamic value" },
        { """public static Workflow Define() { var c = Chain.StartWith(Pass("A")); for (var i = 0; i < 10; i--) c = c.Then(Pass("S" + i)); return Workflow.StartWith(c); }""", "", "ASL0016", "i < 10", "may never end" },
        { """private static Chain Forever(int n) => Forever(n + 1); public static Workflow Define() => Workflow.StartWith(Forever(0));""", "", "ASL0016", "Forever(n + 1)", "recursion" },
        { """public static Workflow Define() { try { return Workflow.StartWith(Pass("A")); } catch { return Workflow.StartWith(Pass("B")); } }""", "", "ASL0010", "try { return Workflow.StartWith(Pass(\"A\")); } catch { return Workflow.StartWith(Pass(\"B\")); }", "try" },
        { """public static Workflow Define() => throw new InvalidOperationException("not yet");""", "", "ASL0003", "throw new InvalidOperationException(\"not yet\")", "not yet" },
        { """public static Workflow Define() => Workflow.StartWith(Pass(new[] { "a" }[2]));""", "", "ASL0003", "new[] { \"a\" }[2]", "IndexOutOfRange" },
        { """public static Workflow Define() => Workflow.StartWith(Pass("Hi " + Input.At("$.name")));""", "", "ASL0003", "\"Hi \" + Input.At(\"$.name\")", "state name is fixed text" },
        { """public static Workflow Define() => Workflow.StartWith(Helpers.Step());""", "public abstract class Base { public abstract PassBuilder Make(); } public static class Helpers { public static PassBuilder Step() => ((Base)null!).Make(); }", "ASL0001", "((Base)null!).Make()", "abstract" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unsupported_code_is_a_diagnostic_on_the_expression_that_names_the_construct(string members, string types, string code, string spanned, string phrase)
    {
        var machine = Machines.Run(Machines.Source(members, types));

        var diagnostic = machine.Single(code);
        Assert.Equal(spanned, machine.Spanned(diagnostic));
        Assert.Contains(phrase, diagnostic.GetMessage());
        Assert.Empty(machine.CompilerErrors);
    }
}
