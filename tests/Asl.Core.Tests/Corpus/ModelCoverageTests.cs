using System.Text.RegularExpressions;
using Asl.Model;

namespace Asl.Core.Tests.Corpus;

/// <summary>The valid corpus exercises the whole model: every field of every type, every operator and intrinsic.</summary>
public class ModelCoverageTests
{
    private static readonly string[] Intrinsics =
    [
        "Format", "StringToJson", "JsonToString", "Array", "ArrayPartition", "ArrayContains", "ArrayRange", "ArrayGetItem",
        "ArrayLength", "ArrayUnique", "Base64Encode", "Base64Decode", "Hash", "JsonMerge", "MathRandom", "MathAdd",
        "StringSplit", "UUID",
    ];

    [Fact]
    public void Every_field_of_every_model_type_is_set_in_some_valid_definition()
    {
        var set = new HashSet<string>();
        foreach (var name in CorpusFiles.ValidNames)
            if (CorpusDefinition.Load(CorpusFiles.ValidFolder, name).Machine is { } machine)
                ModelCoverage.AddSetFields(machine, set);

        var missing = ModelCoverage.AllFields.Except(set).OrderBy(f => f, StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Model fields no valid definition uses:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void The_field_inventory_sees_the_whole_model()
    {
        Assert.Contains("MapState.ToleratedFailurePercentagePath", ModelCoverage.AllFields);
        Assert.Contains("ReaderConfig.CSVHeaders", ModelCoverage.AllFields);
        Assert.Contains("Comparison.Operand", ModelCoverage.AllFields);
        Assert.Contains("SucceedState.OutputPath", ModelCoverage.AllFields);
        Assert.DoesNotContain("MapState.Processor", ModelCoverage.AllFields);
        Assert.DoesNotContain("PassState.Type", ModelCoverage.AllFields);
    }

    [Fact]
    public void Every_choice_comparison_operator_is_used_in_the_valid_corpus()
    {
        var used = CorpusFiles.ValidNames
            .Select(name => CorpusDefinition.Load(CorpusFiles.ValidFolder, name).Machine!)
            .SelectMany(ModelWalker.States)
            .Select(site => site.State)
            .OfType<ChoiceState>()
            .SelectMany(choice => Flatten(choice.Choices))
            .SelectMany(rule => rule.Comparisons)
            .Select(comparison => comparison.Operator)
            .ToHashSet();

        Assert.Empty(Enum.GetValues<ComparisonOperator>().Except(used));
    }

    [Fact]
    public void Every_intrinsic_function_is_called_in_the_valid_corpus()
    {
        var text = string.Concat(CorpusFiles.ValidNames.Select(CorpusFiles.ReadValid));

        var missing = Intrinsics.Where(name => !Regex.IsMatch(text, @"States\." + name + @"\(")).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void InputPath_OutputPath_and_ResultPath_set_to_null_appear_in_the_valid_corpus()
    {
        var states = CorpusFiles.ValidNames
            .Select(name => CorpusDefinition.Load(CorpusFiles.ValidFolder, name).Machine!)
            .SelectMany(ModelWalker.States)
            .Select(site => site.State)
            .ToList();

        Assert.Contains(states, s => s is FlowState { InputPath.IsNull: true });
        Assert.Contains(states, s => s is FlowState { OutputPath.IsNull: true });
        Assert.Contains(states, s => s is WorkState { ResultPath.IsNull: true });
        Assert.Contains(states, s => s is PassState { ResultPath.IsNull: true });
    }

    private static IEnumerable<ChoiceRule> Flatten(IEnumerable<ChoiceRule> rules)
    {
        foreach (var rule in rules)
        {
            yield return rule;
            foreach (var nested in Flatten(rule.And ?? default)) yield return nested;
            foreach (var nested in Flatten(rule.Or ?? default)) yield return nested;
            if (rule.Not is { } not) foreach (var nested in Flatten([not])) yield return nested;
        }
    }
}
