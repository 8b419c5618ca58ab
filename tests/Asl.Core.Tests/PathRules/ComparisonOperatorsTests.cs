using Asl.Model;
using Asl.Validation;

namespace Asl.Core.Tests.PathRules;

public class ComparisonOperatorsTests
{
    public static TheoryData<ComparisonOperator> Operators()
    {
        var data = new TheoryData<ComparisonOperator>();
        foreach (var op in Enum.GetValues<ComparisonOperator>()) data.Add(op);
        return data;
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public void The_facts_of_every_operator_follow_from_its_ASL_name(ComparisonOperator op)
    {
        var name = op.ToString();
        Assert.Equal(name, ComparisonOperators.Name(op));
        Assert.Equal(name.EndsWith("Path", StringComparison.Ordinal), ComparisonOperators.TakesPath(op));
        Assert.Equal(ComparisonOperators.TakesPath(op) ? name[..^4] : name, ComparisonOperators.LiteralForm(op));
        var family = name.StartsWith("String") ? ComparisonFamily.String
            : name.StartsWith("Numeric") ? ComparisonFamily.Numeric
            : name.StartsWith("Boolean") ? ComparisonFamily.Boolean
            : name.StartsWith("Timestamp") ? ComparisonFamily.Timestamp
            : ComparisonFamily.TypeTest;
        Assert.Equal(family, ComparisonOperators.Family(op));
    }
}
