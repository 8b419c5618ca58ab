using Asl.Diagnostics;
using Asl.Validation;
using static Asl.Core.Tests.LanguageRules.LanguageRulesHarness;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>
/// G01 and G10 with the shared parser and function list: calls are checked against the signatures the local engine
/// checks them against, names that are no function are reported, and what JSONata 2.0.6 cannot parse is an error.
/// </summary>
public sealed class JsonAtaFunctionCallTests
{
    private static string Output(string expression) => Pass($$""" "Output": "{{expression}}" """);

    [Theory]
    [InlineData("{% $join($states.input.tags, ', ', ' and ') %}", "$join", "takes 1 to 2 arguments but is given 3", "$join(array[, separator])")]
    [InlineData("{% $substring() %}", "$substring", "takes 1 to 3 arguments but is given 0", "$substring(str, start[, length])")]
    [InlineData("{% $uppercase($states.input.a, $states.input.b) %}", "$uppercase", "takes 0 to 1 argument but is given 2", "$uppercase(str)")]
    [InlineData("{% $states.input.tags ~> $join(', ', ' and ') %}", "$join", "given 3", "$join(array[, separator])")]
    [InlineData("{% $map($states.input.items) %}", "$map", "takes 2 arguments but is given 1", "$map(array, function)")]
    [InlineData("{% $zip() %}", "$zip", "takes at least 1 argument but is given 0", "$zip(array1, ...)")]
    public void A_library_function_called_with_a_wrong_argument_count_is_a_warning(string expression, string function, string reason, string usage)
    {
        var finding = AssertSingle(Output(expression), AslRules.JsonAtaFunctionArity, "/States/A/Output");
        Assert.Equal(AslSeverity.Warning, finding.Severity);
        Assert.StartsWith(function + " at position", finding.Message);
        Assert.Contains(reason, finding.Message);
        Assert.Contains("Call it as " + usage, finding.Message);
    }

    [Theory]
    [InlineData("{% $substring($states.input.name, 0, 3) %}")]
    [InlineData("{% $states.input.name ~> $uppercase() %}")]
    [InlineData("{% $states.input.names.$uppercase() %}")]
    [InlineData("{% $substring(?, 0, 3)($states.input.name) %}")]
    [InlineData("{% $zip([1, 2], [3, 4], [5, 6]) %}")]
    [InlineData("{% ($join := function($a, $b, $c) { $a & $b & $c }; $join('a', 'b', 'c')) %}")]
    public void Calls_that_fit_the_signature_are_accepted(string expression) => AssertClean(Output(expression));

    [Fact]
    public void A_misspelt_function_is_a_warning_that_names_the_function_meant()
    {
        var finding = AssertSingle(Output("{% $upperCase($states.input.name) %}"), AslRules.UnknownJsonAtaFunction, "/States/A/Output");
        Assert.Equal(AslSeverity.Warning, finding.Severity);
        Assert.Contains("T1006", finding.Message);
        Assert.EndsWith("Did you mean $uppercase?", finding.Message);
    }

    [Fact]
    public void A_call_of_an_unknown_name_unlike_any_function_has_no_suggestion()
    {
        var finding = AssertSingle(Output("{% $quux($states.input.name) %}"), AslRules.UnknownJsonAtaFunction, "/States/A/Output");
        Assert.DoesNotContain("Did you mean", finding.Message);
    }

    [Theory]
    [InlineData("{% $states.input.a ?: 'none' %}", "?:")]
    [InlineData("{% $states.input.a ?? 'none' %}", "??")]
    public void The_operators_of_JSONata_2_1_are_syntax_errors_because_Step_Functions_runs_2_0_6(string expression, string op)
    {
        var finding = AssertSingle(Output(expression), AslRules.InvalidJsonAtaExpression, "/States/A/Output");
        Assert.Contains("2.1", finding.Message);
        Assert.Contains(op[1].ToString(), finding.Message);
    }

    [Theory]
    [InlineData("{% $match($states.input.s, /(ab/) %}", "not valid")]
    [InlineData("{% [/ab/] %}", "'/' appears where an operand is expected")]
    [InlineData("{% $states.input.a $ %}", "no operator")]
    public void Regular_expressions_are_checked_as_JSONata_2_0_6_reads_them(string expression, string reason)
    {
        var finding = AssertSingle(Output(expression), AslRules.InvalidJsonAtaExpression, "/States/A/Output");
        Assert.Contains(reason, finding.Message);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(10_000)]
    public async System.Threading.Tasks.Task String_calls_nested_thousands_deep_are_validated_at_once_with_the_depth_warning(int depth)
    {
        // Issue 18: {% $string($string(...1...)) %} 5,000 deep took 3.2 s to validate, 10,000 deep 17 s.
        var expression = "{% " + string.Concat(Enumerable.Repeat("$string(", depth)) + "1" + new string(')', depth) + " %}";
        var findings = await System.Threading.Tasks.Task.Run(() => AllFindings(Output(expression))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(findings, f => f.Code == AslRules.JsonAtaNestingTooDeep.Code);
        Assert.DoesNotContain(findings, f => f.Severity == AslSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_call_nested_100000_deep_is_validated_at_once_with_the_depth_warning()
    {
        // Issue 18: $f($f(...)) 100,000 deep (400 KB, inside the 1 MB definition limit) did not finish in 10 s.
        var expression = "{% ($f := function($x) { $x }; " + string.Concat(Enumerable.Repeat("$f(", 100_000)) + "1" + new string(')', 100_000) + ") %}";
        var findings = await System.Threading.Tasks.Task.Run(() => AllFindings(Output(expression))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(findings, f => f.Code == AslRules.JsonAtaNestingTooDeep.Code);
        Assert.DoesNotContain(findings, f => f.Severity == AslSeverity.Error);
    }

    [Fact]
    public void A_path_of_thousands_of_steps_does_not_nest_and_is_checked_in_full()
    {
        var expression = "{% $states.input" + string.Concat(Enumerable.Repeat(".a", 20_000)) + " + total %}";
        var finding = AssertSingle(Output(expression), AslRules.TopLevelInputReference, "/States/A/Output");
        Assert.Contains("'total'", finding.Message);
    }
}
