using Asl.Diagnostics;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>E17: a Task's Credentials is an object naming the role to assume.</summary>
public sealed class CredentialsTests
{
    private const string Resource = "\"Resource\": \"arn:aws:states:::lambda:invoke\"";

    private static string Task(string credentials, string language = "JSONPath") =>
        TaskMachine(Resource + ", \"Credentials\": " + credentials, language);

    [Theory]
    [InlineData("\"arn:aws:iam::123456789012:role/Worker\"")]
    [InlineData("[ { \"RoleArn\": \"arn:aws:iam::123456789012:role/Worker\" } ]")]
    [InlineData("null")]
    public void Credentials_that_is_not_an_object_is_reported_at_Credentials(string credentials) =>
        AssertSingle(Task(credentials), AslRules.CredentialsNotObject, "/States/Work/Credentials");

    [Fact]
    public void Credentials_without_RoleArn_is_reported_at_Credentials() =>
        AssertSingle(Task("{ \"Role\": \"arn:aws:iam::123456789012:role/Worker\" }"), AslRules.CredentialsWithoutRoleArn, "/States/Work/Credentials");

    [Fact]
    public void JSONata_Credentials_with_only_the_JSONPath_form_says_it_is_not_evaluated()
    {
        var finding = AssertSingle(Task("{ \"RoleArn.$\": \"$.role\" }", "JSONata"), AslRules.CredentialsWithoutRoleArn, "/States/Work/Credentials");
        Assert.Contains("JSONata states do not evaluate \"RoleArn.$\"", finding.Message);
    }

    [Theory]
    [InlineData("{ \"RoleArn\": \"arn:aws:iam::123456789012:role/Worker\" }", "JSONPath")]
    [InlineData("{ \"RoleArn.$\": \"$.roleArn\" }", "JSONPath")]
    [InlineData("{ \"RoleArn\": \"{% $states.input.roleArn %}\" }", "JSONata")]
    [InlineData("\"${WorkerCredentials}\"", "JSONPath")]
    public void Credentials_naming_a_role_is_accepted(string credentials, string language) =>
        AssertClean(Task(credentials, language));
}
