using Asl.Build.Tests;
using Asl.Core.Tests.Corpus;
using Asl.Diagrams;
using Asl.Diagrams.Mermaid;
using static Asl.Core.Tests.Diagrams.DiagramDefinitions;

namespace Asl.Core.Tests.Diagrams;

/// <summary>The Mermaid flowchart: its text parses in the structure Mermaid expects and draws every state and transition.</summary>
public sealed class MermaidRendererTests
{
    /// <summary>Checks the flowchart of <paramref name="diagram"/>: it parses, and holds a node (or, for a Parallel or
    /// Map, a subgraph) per state labelled with its name, nested where the state is, and an edge per transition.</summary>
    internal static MermaidChecker.Chart AssertDraws(Diagram diagram, string text)
    {
        var chart = MermaidChecker.Parse(text);
        foreach (var state in diagram.States)
        {
            var parent = state.Graph.Owner is { } owner
                ? state.Graph.Kind == DiagramGraphKind.Branch ? state.Graph.Id : owner.Id
                : null;
            if (state.IsContainer)
            {
                var subgraph = chart.Subgraphs[state.Id];
                Assert.StartsWith(state.Label + " (" + state.Kind, MermaidChecker.Decode(subgraph.Label));
                Assert.Equal(parent, subgraph.Parent);
            }
            else
            {
                var node = chart.Nodes[state.Id];
                Assert.Equal(state.Label, MermaidChecker.Decode(node.Label).Split('\n')[0]);
                Assert.Equal(parent, node.Subgraph);
            }
        }
        Assert.Equal(diagram.Edges.Select(e => (e.From.Id, e.To.Id, e.IsError, e.Label)),
            chart.Edges.Select(e => (e.From, e.To, e.Dashed, e.Label is null ? null : MermaidChecker.Decode(e.Label))));
        return chart;
    }

    [Theory]
    [InlineData(SampleMain, "main.mmd")]
    [InlineData(SampleNested, "nested.mmd")]
    public void The_sample_machines_render_as_their_baselines_and_parse(string definition, string baseline)
    {
        var diagram = Diagram.Of(Load(definition));
        var text = MermaidRenderer.Render(diagram);

        AssertDraws(diagram, text);
        Baseline.Match(baseline, text);
    }

    [Fact]
    public void The_60_state_machine_parses_with_every_state_nested_where_it_is()
    {
        var diagram = Diagram.Of(Load(Composed60));
        var chart = AssertDraws(diagram, MermaidRenderer.Render(diagram));

        Assert.Equal(60, diagram.States.Count);
        // Six containers (a Parallel of one branch, a Parallel of two, four Maps) hold the other states.
        string[] containers = ["Content Moderation Map", "Create Forensic Instance, Snapshots, Volume", "Label Detection Map", "Move Proccessed Files", "Segment Detection Map", "Your Workflow"];
        Assert.Equal(containers, diagram.States.Where(s => s.IsContainer).Select(s => s.Label).Order(StringComparer.Ordinal));
        Assert.Equal(diagram.States.Count(s => s.IsContainer) + 3, chart.Subgraphs.Count);
        Assert.Contains(chart.Edges, e => e.Dashed && MermaidChecker.Decode(e.Label!) == "DynamoDb.TransactionCanceledException");
    }

    [Theory]
    [MemberData(nameof(CorpusDefinitions))]
    public void Every_valid_corpus_definition_renders_a_flowchart_that_parses(string name)
    {
        var diagram = Diagram.Of(Read(CorpusFiles.ReadValid(name)));

        AssertDraws(diagram, MermaidRenderer.Render(diagram));
    }

    public static TheoryData<string> CorpusDefinitions() => CorpusFiles.AsTheoryData(CorpusFiles.ValidNames);

    [Fact]
    public void Labels_with_quotes_brackets_markup_keywords_and_unicode_are_escaped_and_read_back_exactly()
    {
        string[] names =
        [
            "end", "Say \"hi\"", "[a] (b) {c}", "<b>bold</b> & co", "#1; not an entity", "a|b", "50% off", "`code` first", "Größe 日本 🚀",
            "subgraph", "x --> y", "A;B",
        ];
        var states = string.Join(",", names.Select((name, i) =>
            $"{Json(name)}:{{\"Type\":\"Pass\",{(i + 1 < names.Length ? "\"Next\":" + Json(names[i + 1]) : "\"End\":true")}}}"));
        var diagram = Diagram.Of(Read("{\"StartAt\":" + Json(names[0]) + ",\"States\":{" + states + "}}"));

        var chart = AssertDraws(diagram, MermaidRenderer.Render(diagram));

        Assert.Equal(names, diagram.States.Select(s => MermaidChecker.Decode(chart.Nodes[s.Id].Label)));
    }

    [Fact]
    public void An_execution_path_styles_the_edges_taken_and_the_states_entered_failed_or_not_reached()
    {
        var diagram = Diagram.Of(Load(SampleNested));
        var path = PathOverlay.Create(diagram, ExecutionPath.FromEvents(
        [
            new(1, 0, "ExecutionStarted", null),
            new(2, 0, "WaitStateEntered", "First long-running job"),
            new(3, 2, "WaitStateExited", "First long-running job"),
            new(4, 3, "ChoiceStateEntered", "Need callback?"),
            new(5, 4, "ChoiceStateExited", "Need callback?"),
            new(6, 5, "TaskStateEntered", "Callback"),
            new(7, 6, "LambdaFunctionScheduled", null),
            new(8, 7, "LambdaFunctionFailed", null),
            new(9, 8, "ExecutionFailed", null),
        ]));

        var chart = MermaidChecker.Parse(MermaidRenderer.Render(diagram, path));

        Assert.Equal(["First_long_running_job", "Need_callback", "_start"], chart.Classes["visited"].Order(StringComparer.Ordinal));
        Assert.Equal(["Callback"], chart.Classes["failed"]);
        Assert.Equal(["Report_completion", "Second_long_running_job", "_end"], chart.Classes["unvisited"].Order(StringComparer.Ordinal));
        var taken = chart.LinkStyles.Single(s => s.Style.Contains("stroke-width:3px"));
        Assert.Equal(["_start->First_long_running_job", "First_long_running_job->Need_callback", "Need_callback->Callback"],
            taken.Indexes.Select(i => chart.Edges[i].From + "->" + chart.Edges[i].To));
        Assert.Equal(chart.Edges.Count, chart.LinkStyles.Sum(s => s.Indexes.Count));
    }

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
