using Asl.Diagrams;
using static Asl.Core.Tests.Diagrams.DiagramDefinitions;

namespace Asl.Core.Tests.Diagrams;

/// <summary>What the diagram derived from a definition holds: nodes by state type, edges by transition, nested graphs.</summary>
public sealed class DiagramModelTests
{
    private static string Describe(DiagramEdge edge) => $"{edge.From.Label} -{edge.Kind}-> {edge.To.Label}" + (edge.Label is { } label ? $" [{label}]" : "");

    [Fact]
    public void The_sample_machine_has_a_node_per_state_by_type_and_an_edge_per_transition()
    {
        var diagram = Diagram.Of(Load(SampleNested));

        Assert.Equal(
            ["Start:Start", "First long-running job:Wait", "Need callback?:Choice", "Callback:Task", "Second long-running job:Wait", "Report completion:Pass", "End:End"],
            diagram.Root.Nodes.Select(n => n.Label + ":" + n.Kind));
        Assert.Equal(
            [
                "Start -Start-> First long-running job",
                "First long-running job -Next-> Need callback?",
                "Need callback? -Choice-> Callback [$.NeedCallback == true]",
                "Need callback? -Default-> Second long-running job [Default]",
                "Callback -Next-> Second long-running job",
                "Second long-running job -Next-> Report completion",
                "Report completion -End-> End",
            ],
            diagram.Edges.Select(Describe));
        Assert.Equal(Enumerable.Range(0, diagram.Edges.Count), diagram.Edges.Select(e => e.Index));
        Assert.Equal("lambda:invoke", diagram.FindState("Callback")!.Detail);
        Assert.Equal("wait 1 s", diagram.FindState("First long-running job")!.Detail);
    }

    [Fact]
    public void Parallel_branches_are_graphs_nested_in_the_parallel_node_with_their_own_start_and_end()
    {
        var diagram = Diagram.Of(Load(SampleMain));

        var parallel = diagram.FindState("Start in parallel")!;
        Assert.Equal(DiagramNodeKind.Parallel, parallel.Kind);
        Assert.Equal(["Branch 1", "Branch 2"], parallel.Children.Select(c => c.Label));
        Assert.All(parallel.Children, branch =>
        {
            Assert.Equal(DiagramGraphKind.Branch, branch.Kind);
            Assert.Same(parallel, branch.Owner);
            Assert.Equal(3, branch.Nodes.Count);
            Assert.Equal([DiagramEdgeKind.Start, DiagramEdgeKind.End], branch.Edges.Select(e => e.Kind));
        });
        Assert.Equal(4, diagram.States.Count);
        Assert.Same(parallel.Children[1], diagram.FindState("Start new workflow and wait for callback")!.Graph);
        // The machine's edges come first, then each branch's.
        Assert.Equal(["Start", "Next", "End", "Start", "End", "Start", "End"], diagram.Edges.Select(e => e.Kind.ToString()));
    }

    [Fact]
    public void A_map_holds_its_item_processor_and_catchers_become_error_edges_labelled_with_their_error_names()
    {
        var diagram = Diagram.Of(Read("""
            {"StartAt":"Each","States":{
              "Each":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"Work","States":{
                "Work":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:work","End":true}}},
                "Catch":[{"ErrorEquals":["States.TaskFailed","States.Timeout"],"Next":"Oops"},{"ErrorEquals":["Custom"],"Next":"Oops"},
                         {"ErrorEquals":["A","B","C","D"],"Next":"Other"}],
                "End":true},
              "Oops":{"Type":"Fail","Error":"Broken"},
              "Other":{"Type":"Succeed"}}}
            """));

        var map = diagram.FindState("Each")!;
        Assert.Equal("distributed", map.Detail);
        var processor = Assert.Single(map.Children);
        Assert.Equal(DiagramGraphKind.ItemProcessor, processor.Kind);
        Assert.Equal("lambda:work", diagram.FindState("Work")!.Detail);
        Assert.Equal("Broken", diagram.FindState("Oops")!.Detail);
        Assert.Equal(
            [
                "Each -Catch-> Oops [States.TaskFailed, States.Timeout, Custom]",
                "Each -Catch-> Other [A, B, C +1 more]",
            ],
            diagram.Root.Edges.Where(e => e.IsError).Select(Describe));
        // Fail states end by themselves; End: true and Succeed states lead to the end marker.
        Assert.Equal(["Each", "Other"], diagram.Root.Edges.Where(e => e.Kind == DiagramEdgeKind.End).Select(e => e.From.Label));
    }

    [Fact]
    public void Choice_rules_to_one_state_share_an_edge_with_a_line_per_rule()
    {
        var diagram = Diagram.Of(Read("""
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[
                {"Variable":"$.a","NumericGreaterThan":100,"Next":"Big"},
                {"Variable":"$.b","StringEquals":"x","Next":"Small"},
                {"Variable":"$.c","BooleanEquals":true,"Next":"Big"}],"Default":"Big"},
              "Big":{"Type":"Succeed"},"Small":{"Type":"Succeed"}}}
            """));

        Assert.Equal(
            ["C -Choice-> Big [$.a > 100\n$.c == true]", "C -Choice-> Small [$.b == \"x\"]", "C -Default-> Big [Default]"],
            diagram.Root.Edges.Where(e => e.From.Label == "C").Select(Describe));
    }

    [Fact]
    public void A_transition_to_a_state_that_does_not_exist_goes_to_a_missing_node()
    {
        var diagram = Diagram.Of(Read("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Nowhere"}}}"""));

        var missing = diagram.Root.Nodes.Single(n => n.Kind == DiagramNodeKind.Missing);
        Assert.Equal("Nowhere", missing.Label);
        Assert.False(missing.IsState);
        Assert.Null(diagram.FindState("Nowhere"));
        Assert.Contains(diagram.Edges, e => e.From.Label == "A" && e.To == missing);
        Assert.Null(diagram.Root.End);
    }

    [Fact]
    public void Ids_are_plain_unique_words_that_read_like_the_state_names_and_avoid_mermaid_keywords()
    {
        var diagram = Diagram.Of(Read("""
            {"StartAt":"end","States":{
              "end":{"Type":"Pass","Next":"End"},
              "End":{"Type":"Pass","Next":"class"},
              "class":{"Type":"Pass","Next":"Größe & \"Preis\""},
              "Größe & \"Preis\"":{"Type":"Pass","Next":"Gr e Preis"},
              "Gr e Preis":{"Type":"Pass","Next":"42 things"},
              "42 things":{"Type":"Pass","Next":"日本"},
              "日本":{"Type":"Succeed"}}}
            """));

        var ids = diagram.States.Select(s => s.Id).ToList();
        Assert.Equal(["s_end", "End", "s_class", "Gr_e_Preis", "Gr_e_Preis_2", "s_42_things", "state"], ids);
        var all = Nodes(diagram.Root).Select(n => n.Id).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    internal static IEnumerable<DiagramNode> Nodes(DiagramGraph graph) =>
        graph.Nodes.SelectMany(n => new[] { n }.Concat(n.Children.SelectMany(Nodes)));
}
