using System.Globalization;
using System.Xml.Linq;
using Asl.Build.Tests;
using Asl.Collections;
using Asl.Json;
using Asl.Model;
using Asl.Diagrams;
using Asl.Diagrams.Svg;
using static Asl.Core.Tests.Diagrams.DiagramDefinitions;

namespace Asl.Core.Tests.Diagrams;

/// <summary>The SVG image: well-formed XML, one element per state, and a layout where no box overlaps another.</summary>
public sealed class SvgRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private sealed record Box(XElement Element, double Left, double Top, double Right, double Bottom)
    {
        public bool Contains(Box other) => Left <= other.Left && Top <= other.Top && Right >= other.Right && Bottom >= other.Bottom;

        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }

    /// <summary>Checks an SVG drawing of <paramref name="diagram"/> and returns its state elements' boxes.</summary>
    private static List<Box> AssertDraws(Diagram diagram, string svg)
    {
        var document = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", document.Root!.Name);
        var states = document.Descendants(Svg + "g").Where(g => Classes(g).Contains("state")).ToList();
        Assert.Equal(diagram.States.Select(s => XmlText(s.StateName!)).Order(StringComparer.Ordinal), states.Select(g => (string?)g.Attribute("data-state")).Order(StringComparer.Ordinal));

        var boxes = states.Select(BoxOf).ToList();
        var markers = document.Descendants(Svg + "g").Where(g => Classes(g).Contains("marker")).Select(BoxOf).ToList();
        var all = boxes.Concat(markers).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                var (a, b) = (all[i], all[j]);
                if (!a.Overlaps(b)) continue;
                // Only a Parallel or Map may hold another box, and only those drawn inside its own element.
                var nested = (a.Contains(b) && b.Element.Ancestors().Contains(a.Element)) || (b.Contains(a) && a.Element.Ancestors().Contains(b.Element));
                Assert.True(nested, $"'{Name(a)}' and '{Name(b)}' overlap");
            }
        }
        foreach (var label in document.Descendants(Svg + "g").Where(g => Classes(g).Contains("edge-label")))
        {
            var rect = BoxOf(label);
            foreach (var box in all)
                Assert.True(!rect.Overlaps(box) || (box.Contains(rect) && label.Ancestors().Contains(box.Element)),
                    $"the label '{string.Concat(label.Elements(Svg + "text").Select(t => t.Value))}' overlaps '{Name(box)}'");
        }
        // Text stays inside its box.
        foreach (var (state, box) in states.Zip(boxes))
        {
            foreach (var text in state.Elements(Svg + "text"))
            {
                var width = TextMetrics.Width(text.Value, Number(text, "font-size"));
                Assert.True(width <= box.Right - box.Left, $"'{text.Value}' is wider than its box ('{Name(box)}')");
            }
        }
        return boxes;
    }

    /// <summary>The text as XML can hold it: characters it cannot (most controls, lone surrogates) as U+FFFD.</summary>
    private static string XmlText(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var paired = char.IsHighSurrogate(chars[i]) ? i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])
                : char.IsLowSurrogate(chars[i]) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : true;
            if (!paired || (chars[i] < ' ' && chars[i] is not ('\t' or '\n' or '\r'))) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static string[] Classes(XElement element) => ((string?)element.Attribute("class") ?? "").Split(' ');

    private static string Name(Box box) => (string?)box.Element.Attribute("data-state") ?? (string?)box.Element.Attribute("id") ?? "?";

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The bounds of the first shape in an element: a rect, a polygon or a circle.</summary>
    private static Box BoxOf(XElement element)
    {
        var shape = element.Elements().First(e => e.Name.LocalName is "rect" or "polygon" or "circle");
        switch (shape.Name.LocalName)
        {
            case "rect":
                return new Box(element, Number(shape, "x"), Number(shape, "y"), Number(shape, "x") + Number(shape, "width"), Number(shape, "y") + Number(shape, "height"));
            case "circle":
                var r = Number(shape, "r");
                return new Box(element, Number(shape, "cx") - r, Number(shape, "cy") - r, Number(shape, "cx") + r, Number(shape, "cy") + r);
            default:
                var points = ((string)shape.Attribute("points")!).Split(' ').Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
                return new Box(element, points.Min(p => p[0]), points.Min(p => p[1]), points.Max(p => p[0]), points.Max(p => p[1]));
        }
    }

    [Theory]
    [InlineData(SampleMain, "main.svg")]
    [InlineData(SampleNested, "nested.svg")]
    public void The_sample_machines_render_as_their_baselines(string definition, string baseline)
    {
        var diagram = Diagram.Of(Load(definition));
        var svg = SvgRenderer.Render(diagram, definition.Replace(".asl.json", ""));

        AssertDraws(diagram, svg);
        Baseline.Match(baseline, svg);
    }

    [Fact]
    public void The_60_state_machine_is_laid_out_without_overlaps_in_a_readable_size()
    {
        var diagram = Diagram.Of(Load(Composed60));
        var svg = SvgRenderer.Render(diagram, "composed-60-states");

        var boxes = AssertDraws(diagram, svg);

        Assert.Equal(60, boxes.Count);
        var root = XDocument.Parse(svg).Root!;
        // Text no smaller than 11 px at 100 %, and a width that a screen shows without zooming out.
        Assert.InRange(Number(root, "width"), 600, 1800);
        Assert.All(root.Descendants(Svg + "text"), t => Assert.True(Number(t, "font-size") >= 11));
        // The flow reads top down: a Next leads to a state below, unless it goes back into a loop.
        foreach (var edge in diagram.Root.Edges.Where(e => e.Kind == DiagramEdgeKind.Next && !Reaches(e.To, e.From)))
        {
            var from = boxes.Single(b => (string?)b.Element.Attribute("data-state") == edge.From.StateName);
            var to = boxes.Single(b => (string?)b.Element.Attribute("data-state") == edge.To.StateName);
            Assert.True(to.Top >= from.Bottom, $"'{edge.To.Label}' is not below '{edge.From.Label}'");
        }
    }

    [Theory]
    [MemberData(nameof(MermaidRendererTests.CorpusDefinitions), MemberType = typeof(MermaidRendererTests))]
    public void Every_valid_corpus_definition_is_laid_out_without_overlaps(string name)
    {
        var diagram = Diagram.Of(Read(Corpus.CorpusFiles.ReadValid(name)));

        AssertDraws(diagram, SvgRenderer.Render(diagram, name));
    }

    private static bool Reaches(DiagramNode from, DiagramNode to)
    {
        var seen = new HashSet<DiagramNode>();
        var pending = new Stack<DiagramNode>([from]);
        while (pending.TryPop(out var node))
        {
            if (node == to) return true;
            if (!seen.Add(node)) continue;
            foreach (var edge in node.Graph.Edges.Where(e => e.From == node)) pending.Push(edge.To);
        }
        return false;
    }

    [Fact]
    public void Names_that_xml_must_escape_and_characters_it_cannot_hold_still_make_a_well_formed_document()
    {
        // Built as a model: a JSON reader refuses a lone surrogate, but a C# string may hold one.
        const string first = "<a> & \"b\"";
        const string second = "bell \u0007 \ud800 🚀 日本語";
        var diagram = Diagram.Of(new StateMachine(first, EquatableArray.Create(
            new NamedState(first, new TaskState("arn:aws:states:::lambda:invoke") { Next = second }),
            new NamedState(second, new ChoiceState(EquatableArray.Create(new ChoiceRule
            {
                Variable = "$.x", Comparisons = EquatableArray.Create(new Comparison(ComparisonOperator.StringEquals, AslJson.Of("</svg>"))), Next = first,
            })) { Default = "Done" }),
            new NamedState("Done", new SucceedState()))));

        var svg = SvgRenderer.Render(diagram, "<title> & more");

        AssertDraws(diagram, svg);
        Assert.Contains("&lt;a&gt; &amp; &quot;b&quot;", svg);
    }

    [Fact]
    public void An_execution_path_marks_the_states_entered_the_failed_state_and_the_edges_taken()
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
            new(7, 6, "TaskFailed", null),
            new(8, 7, "ExecutionFailed", null),
        ]));

        var document = XDocument.Parse(SvgRenderer.Render(diagram, "nested", path));

        string[] StatesWith(string cls) => document.Descendants(Svg + "g").Where(g => Classes(g).Contains("state") && Classes(g).Contains(cls))
            .Select(g => (string)g.Attribute("data-state")!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["First long-running job", "Need callback?"], StatesWith("visited"));
        Assert.Equal(["Callback"], StatesWith("failed"));
        Assert.Equal(["Report completion", "Second long-running job"], StatesWith("unvisited"));
        Assert.Equal(["_start>First_long_running_job", "First_long_running_job>Need_callback", "Need_callback>Callback"],
            document.Descendants(Svg + "path").Where(p => Classes(p).Contains("taken")).Select(p => $"{p.Attribute("data-from")!.Value}>{p.Attribute("data-to")!.Value}"));
        Assert.Contains("Execution FAILED: 3 of 5 states entered, 1 failed (red)", document.Descendants(Svg + "text").Select(t => t.Value).First(t => t.StartsWith("Execution")));
    }
}
