using Asl.Build.Tests;
using Asl.Diagrams;
using Asl.Diagrams.Dot;
using static Asl.Core.Tests.Diagrams.DiagramDefinitions;

namespace Asl.Core.Tests.Diagrams;

/// <summary>The Graphviz graph: well-formed dot with a node per state, a cluster per branch, Parallel and Map.</summary>
public sealed class DotRendererTests
{
    private static DotChecker.Graph AssertDraws(Diagram diagram, string text)
    {
        var graph = DotChecker.Parse(text);
        foreach (var state in diagram.States)
        {
            if (state.IsContainer) Assert.Contains("cluster_" + state.Id, graph.Clusters);
            else Assert.StartsWith(state.Label, graph.Nodes[state.Id]["label"]);
        }
        Assert.Equal(diagram.Edges.Count, graph.Edges.Count);
        Assert.Equal(diagram.Edges.Count(e => e.IsError), graph.Edges.Count(e => e.Attributes.GetValueOrDefault("style") == "dashed"));
        return graph;
    }

    [Theory]
    [InlineData(SampleMain, "main.dot")]
    [InlineData(SampleNested, "nested.dot")]
    public void The_sample_machines_render_as_their_baselines_and_are_well_formed(string definition, string baseline)
    {
        var diagram = Diagram.Of(Load(definition));
        var text = DotRenderer.Render(diagram, definition);

        AssertDraws(diagram, text);
        Baseline.Match(baseline, text);
    }

    [Fact]
    public void Edges_to_and_from_a_parallel_end_at_its_cluster()
    {
        var diagram = Diagram.Of(Load(SampleMain));
        var graph = AssertDraws(diagram, DotRenderer.Render(diagram));

        var into = graph.Edges.Single(e => e.Attributes.ContainsKey("lhead"));
        Assert.Equal(("Start_new_workflow_and_continue", "Start_in_parallel_b1_start", "cluster_Start_in_parallel"), (into.From, into.To, into.Attributes["lhead"]));
        var outOf = graph.Edges.Single(e => e.Attributes.ContainsKey("ltail"));
        Assert.Equal(("Start_in_parallel_b1_end", "_end", "cluster_Start_in_parallel"), (outOf.From, outOf.To, outOf.Attributes["ltail"]));
    }

    [Fact]
    public void The_60_state_machine_and_names_that_need_escaping_are_well_formed()
    {
        var large = Diagram.Of(Load(Composed60));
        AssertDraws(large, DotRenderer.Render(large, "composed \"60\" \\ states"));

        var tricky = Diagram.Of(Read("""{"StartAt":"a \"b\" \\ c\nd","States":{"a \"b\" \\ c\nd":{"Type":"Pass","End":true}}}"""));
        var graph = AssertDraws(tricky, DotRenderer.Render(tricky));
        Assert.Equal("a \"b\" \\ c\nd", graph.Nodes[tricky.States[0].Id]["label"]);
    }
}
