using Asl.Build.Metadata;
using Asl.Build.Template;
using Asl.Build.Yaml;
using Asl.Deployment;
using Asl.Json;
using Asl.Permissions;

namespace Asl.Build.Tests;

/// <summary>Builds machines and templates from JSON definitions, and reads template trees compactly.</summary>
internal static class TestSupport
{
    /// <summary>A definition with one Task state.</summary>
    public static string OneTask(string resource, string? parameters = null, string field = "Parameters") =>
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"" + resource + "\""
        + (parameters is null ? "" : ",\"" + field + "\":" + parameters) + ",\"End\":true}}}";

    /// <summary>
    /// A machine as the generator records it: the definition read into the model, its permissions derived from it, and
    /// its substitutions (these, when given in the generator's "Placeholder Kind Target [Pattern ...]" form).
    /// </summary>
    public static MachineArtifact Machine(string name, string definition, params string[] substitutions) => Machine(name, definition, DeploymentSettings.Default, substitutions);

    public static MachineArtifact Machine(string name, string definition, DeploymentSettings settings, params string[] substitutions)
    {
        var read = AslReader.Read(definition);
        var model = read.Machine ?? throw new ArgumentException(string.Join("\n", read.Diagnostics.Select(d => d.Message)));
        var placeholders = substitutions.Length > 0 ? substitutions.Select(s => SubstitutionText.Parse(s)!).ToArray() : DefinitionPlaceholder.Of(model).ToArray();
        return new(name, "STANDARD", definition, placeholders, PermissionDeriver.Derive(model, settings), settings);
    }

    /// <summary>What the derivation notes about a definition (ASL0902, ASL0903).</summary>
    public static IReadOnlyList<PermissionNote> Notes(string definition) => PermissionDeriver.Derive(AslReader.Read(definition).Machine!).Notes;

    public static (YamlMapping Document, IReadOnlyList<BuildFinding> Findings) BuildTemplate(params MachineArtifact[] machines)
    {
        var names = new FileNames();
        var planned = machines.Select(m => new PlannedMachine(m, names.Allocate(m.Name))).ToList();
        return SamTemplate.Build(planned, "Project");
    }

    /// <summary>The template's text for one machine "M" of the definition.</summary>
    public static string TemplateText(string definition) =>
        SamTemplate.Write([new PlannedMachine(Machine("M", definition), "M.asl.json")], [], "Project", "./").Text;

    /// <summary>Follows mapping keys (and "#n" sequence indexes) from the document.</summary>
    public static YamlNode? At(YamlNode root, params string[] path)
    {
        var node = (YamlNode?)root;
        foreach (var step in path)
        {
            node = node switch
            {
                YamlMapping mapping => mapping[step],
                YamlSequence sequence when step.StartsWith('#') => sequence.Items.ElementAtOrDefault(int.Parse(step[1..])),
                _ => null,
            };
        }
        return node;
    }

    /// <summary>Each policy statement of a machine's resource, on one line.</summary>
    public static string[] Statements(YamlMapping document, string logicalId) =>
        At(document, "Resources", logicalId, "Properties", "Policies", "#0", "Statement") is YamlSequence statements
            ? statements.Items.Select(YamlWriter.InlineText).ToArray()
            : [];

    /// <summary>Fails, showing both lists in full, unless the machine's statements are exactly these.</summary>
    public static void AssertStatements(YamlMapping document, string logicalId, params string[] expected) =>
        Assert.Equal(string.Join("\n", expected), string.Join("\n", Statements(document, logicalId)));

    public static string Inline(YamlNode? node) => node is null ? "(missing)" : YamlWriter.InlineText(node);

    public static string ExecutionsOf(string logicalId) =>
        "!Sub \"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${" + logicalId + ".Name}:*\"";

    public const string ManagedRule =
        "!Sub \"arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule\"";

    public static string Start(params string[] resources) =>
        "{Sid: StartChildExecutions, Effect: Allow, Action: [\"states:StartExecution\"], Resource: [" + string.Join(", ", resources) + "]}";

    public static string Track(params string[] resources) =>
        "{Sid: TrackChildExecutions, Effect: Allow, Action: [\"states:DescribeExecution\", \"states:StopExecution\"], Resource: [" + string.Join(", ", resources) + "]}";

    public static readonly string Rule =
        "{Sid: ReceiveChildCompletion, Effect: Allow, Action: [\"events:PutTargets\", \"events:PutRule\", \"events:DescribeRule\"], Resource: [" + ManagedRule + "]}";

    public static string Invoke(params string[] resources) =>
        "{Sid: InvokeFunctions, Effect: Allow, Action: [\"lambda:InvokeFunction\"], Resource: [" + string.Join(", ", resources) + "]}";
}
