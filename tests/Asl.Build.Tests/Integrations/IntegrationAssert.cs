using Asl.Build.Metadata;
using Asl.Build.Template;
using Asl.Build.Yaml;
using Asl.Deployment;
using Asl.Json;
using Asl.Model;
using Asl.Permissions;
using Asl.Writing;
using static Asl.Build.Tests.TestSupport;

namespace Asl.Build.Tests.Integrations;

/// <summary>
/// Builds a one-machine workflow with the C# DSL (a raw <c>Task(...)</c>), writes the template the build would write for
/// it, and checks that the same definition read back from JSON (as <c>asl template</c> reads it) is granted the same.
/// Given the same call through its typed builder too, checks that the typed builder is granted exactly what the raw
/// Task is, so each test's expectations serve both.
/// </summary>
internal static class IntegrationAssert
{
    /// <summary>The role's statements and the statements of the policy that names the machine itself, each on one line.</summary>
    public static (string[] Role, string[] Self, IReadOnlyList<PermissionNote> Notes) Grant(IChainable first, DeploymentSettings? settings = null)
    {
        var model = Workflow.StartWith(first).Build(null);
        var json = AslWriter.Write(model);
        var fromCSharp = Template(FromModel(model, json, settings ?? DeploymentSettings.Default));
        var fromJson = Template(Machine("M", json, settings ?? DeploymentSettings.Default));
        Assert.Equal(fromCSharp.Role, fromJson.Role);
        Assert.Equal(fromCSharp.Self, fromJson.Self);
        return (fromCSharp.Role, fromCSharp.Self, PermissionDeriver.Derive(AslReader.Read(json).Machine!, settings).Notes);
    }

    /// <summary>
    /// <see cref="Grant(IChainable, DeploymentSettings?)"/> of a raw Task, after checking that <paramref name="typed"/> (the same
    /// call through its typed builder; null where the raw form has no typed equivalent) gets the same statements and notes.
    /// </summary>
    public static (string[] Role, string[] Self, IReadOnlyList<PermissionNote> Notes) Grant(IChainable raw, IChainable? typed)
    {
        var expected = Grant(raw);
        if (typed is null) return expected;
        var actual = Grant(typed);
        Same(expected.Role, actual.Role);
        Same(expected.Self, actual.Self);
        Assert.Equal(expected.Notes.Select(n => n.Code + " " + n.Message), actual.Notes.Select(n => n.Code + " " + n.Message));
        return expected;
    }

    /// <summary><see cref="Role(IChainable)"/> of a raw Task, after checking that its typed builder gets the same (see <see cref="Grant(IChainable, IChainable?)"/>).</summary>
    public static string[] Role(IChainable raw, IChainable? typed)
    {
        var (role, self, notes) = Grant(raw, typed);
        Assert.Empty(self);
        Assert.Empty(notes);
        return role;
    }

    /// <summary>The role's statements, checking that the state needs nothing of the machine itself and that nothing is noted.</summary>
    public static string[] Role(IChainable first)
    {
        var (role, self, notes) = Grant(first);
        Assert.Empty(self);
        Assert.Empty(notes);
        return role;
    }

    private static MachineArtifact FromModel(StateMachine model, string json, DeploymentSettings settings) =>
        new("M", "STANDARD", json, DefinitionPlaceholder.Of(model).ToArray(), PermissionDeriver.Derive(model, settings), settings);

    private static (string[] Role, string[] Self) Template(MachineArtifact machine)
    {
        var (document, _) = SamTemplate.Build([new PlannedMachine(machine, "M.asl.json")], "Project");
        var self = At(document, "Resources", "MSelfPolicy", "Properties", "PolicyDocument", "Statement") is YamlSequence statements
            ? statements.Items.Select(YamlWriter.InlineText).ToArray()
            : [];
        return (Statements(document, "M"), self);
    }

    /// <summary>Fails, showing both lists in full, unless the statements are exactly these.</summary>
    public static void Same(string[] expected, string[] actual) =>
        Assert.True(expected.SequenceEqual(actual), $"Expected:\n{string.Join("\n", expected)}\nActual:\n{string.Join("\n", actual)}");

    /// <summary>A statement as the template writes it on one line.</summary>
    public static string Statement(string sid, string[] actions, params string[] resources) =>
        $"{{Sid: {sid}, Effect: Allow, Action: [{string.Join(", ", actions.Select(Quoted))}], Resource: [{string.Join(", ", resources)}]}}";

    /// <summary>A statement with one condition block.</summary>
    public static string Statement(string sid, string[] actions, string[] resources, string condition) =>
        Statement(sid, actions, resources)[..^1] + ", Condition: " + condition + "}";

    public static string[] Actions(params string[] actions) => actions;

    /// <summary>A literal resource.</summary>
    public static string Literal(string arn) => Quoted(arn);

    /// <summary>A resource in the stack's partition, Region and account: <c>!Sub "arn:${AWS::Partition}:SERVICE:${AWS::Region}:${AWS::AccountId}:RESOURCE"</c>.</summary>
    public static string InStack(string service, string resource) => Sub("arn:${AWS::Partition}:" + service + ":${AWS::Region}:${AWS::AccountId}:" + resource);

    public static string Sub(string template) => "!Sub " + Quoted(template);

    public const string Any = "\"*\"";

    /// <summary>The managed rule statement of a .sync integration.</summary>
    public static string Rule(string name, string sid = "ReceiveJobCompletion") =>
        Statement(sid, Actions("events:PutTargets", "events:PutRule", "events:DescribeRule"), InStack("events", "rule/" + name));

    public static string PassedTo(string service) => "{StringEquals: {\"iam:PassedToService\": " + service + "}}";

    private static string Quoted(string text) => YamlWriter.InlineText(new YamlSequence { YamlNode.Text(text) })[1..^1];
}
