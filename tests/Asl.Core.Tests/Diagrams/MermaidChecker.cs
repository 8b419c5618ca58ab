using System.Text;
using System.Text.RegularExpressions;

namespace Asl.Core.Tests.Diagrams;

/// <summary>
/// A parser of the part of Mermaid's flowchart grammar the renderer writes, strict where Mermaid is: every line is a
/// header, a subgraph opening or <c>end</c>, a direction, a node, an edge, a classDef, a class or a linkStyle; ids are
/// plain words and never a keyword Mermaid reserves; labels are quoted, with every character that would end them or
/// read as markup written as an HTML entity, and no '#' that Mermaid would read as its own <c>#name;</c> entity;
/// subgraphs are balanced; every edge's ends, every class's ids and
/// every linkStyle's indexes exist. Fails the test with the line at fault.
/// </summary>
internal static partial class MermaidChecker
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "end", "subgraph", "graph", "flowchart", "direction", "style", "linkStyle", "classDef", "class", "click", "call", "href", "callback",
        "default", "interpolate", "accTitle", "accDescr",
    };

    private static readonly (string Open, string Close, string Shape)[] Shapes =
    [
        ("(((", ")))", "double-circle"), ("((", "))", "circle"), ("([", "])", "stadium"), ("[/", "/]", "parallelogram"),
        ("{{", "}}", "hexagon"), ("(", ")", "rounded"), (">", "]", "flag"), ("[", "]", "rectangle"),
    ];

    public sealed record Node(string Id, string Shape, string Label, string? Subgraph);

    public sealed record Subgraph(string Id, string Label, string? Parent);

    public sealed record Edge(string From, string To, bool Dashed, string? Label);

    public sealed record Chart(
        IReadOnlyDictionary<string, Node> Nodes,
        IReadOnlyDictionary<string, Subgraph> Subgraphs,
        IReadOnlyList<Edge> Edges,
        IReadOnlyDictionary<string, string> ClassDefs,
        IReadOnlyDictionary<string, List<string>> Classes,
        IReadOnlyList<(IReadOnlyList<int> Indexes, string Style)> LinkStyles);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<from>[A-Za-z0-9_]+) (?<arrow>-->|-\.->)(\|""(?<label>[^""]*)""\|)? (?<to>[A-Za-z0-9_]+)$")]
    private static partial Regex EdgePattern();

    [GeneratedRegex(@"^subgraph (?<id>[A-Za-z0-9_]+)\[""(?<label>[^""]*)""\]$")]
    private static partial Regex SubgraphPattern();

    [GeneratedRegex(@"&(quot|lt|gt|amp|grave|num);")]
    private static partial Regex Entity();

    /// <summary>What Mermaid itself takes for an entity (and would mangle).</summary>
    [GeneratedRegex(@"#\w+;")]
    private static partial Regex MermaidEntity();

    public static Chart Parse(string text)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var subgraphs = new Dictionary<string, Subgraph>(StringComparer.Ordinal);
        var edges = new List<Edge>();
        var classDefs = new Dictionary<string, string>(StringComparer.Ordinal);
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var linkStyles = new List<(IReadOnlyList<int>, string)>();
        var open = new Stack<string>();
        var lines = text.Split('\n');
        Assert.True(lines[0] == "flowchart TD", $"line 1: expected 'flowchart TD', got '{lines[0]}'");
        Assert.True(text.EndsWith('\n') && lines[^1] == "", "the text must end with one line break");
        for (var number = 2; number <= lines.Length - 1; number++)
        {
            var line = lines[number - 1].TrimStart(' ');
            var where = $"line {number} ('{lines[number - 1]}')";
            Assert.False(line.Length == 0 || line.Contains('\t') || line.Contains('\r'), $"{where}: empty line, tab or carriage return");
            if (SubgraphPattern().Match(line) is { Success: true } subgraph)
            {
                var id = Id(subgraph.Groups["id"].Value, where);
                Assert.False(nodes.ContainsKey(id) || subgraphs.ContainsKey(id), $"{where}: '{id}' is declared twice");
                subgraphs[id] = new Subgraph(id, Label(subgraph.Groups["label"].Value, where), open.Count > 0 ? open.Peek() : null);
                open.Push(id);
            }
            else if (line == "end")
            {
                Assert.True(open.Count > 0, $"{where}: 'end' without an open subgraph");
                open.Pop();
            }
            else if (line == "direction TB")
            {
                Assert.True(open.Count > 0, $"{where}: a direction outside a subgraph");
            }
            else if (EdgePattern().Match(line) is { Success: true } edge)
            {
                var label = edge.Groups["label"].Success ? Label(edge.Groups["label"].Value, where) : null;
                edges.Add(new Edge(Id(edge.Groups["from"].Value, where), Id(edge.Groups["to"].Value, where), edge.Groups["arrow"].Value == "-.->", label));
            }
            else if (line.StartsWith("classDef ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 3);
                Assert.True(parts.Length == 3 && IdPattern().IsMatch(parts[1]) && StylePattern(parts[2]), $"{where}: not a classDef");
                classDefs.Add(parts[1], parts[2]);
            }
            else if (line.StartsWith("class ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                Assert.True(parts.Length == 3, $"{where}: not a class statement");
                if (!classes.TryGetValue(parts[2], out var ids)) classes[parts[2]] = ids = [];
                ids.AddRange(parts[1].Split(',').Select(i => Id(i, where)));
            }
            else if (line.StartsWith("linkStyle ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 3);
                Assert.True(parts.Length == 3 && StylePattern(parts[2]), $"{where}: not a linkStyle");
                linkStyles.Add((parts[1].Split(',').Select(int.Parse).ToList(), parts[2]));
            }
            else
            {
                var node = ParseNode(line, where);
                Assert.False(nodes.ContainsKey(node.Id) || subgraphs.ContainsKey(node.Id), $"{where}: '{node.Id}' is declared twice");
                nodes[node.Id] = node with { Subgraph = open.Count > 0 ? open.Peek() : null };
            }
        }
        Assert.True(open.Count == 0, $"subgraph '{(open.Count > 0 ? open.Peek() : "")}' is never closed");
        foreach (var edge in edges)
        {
            Assert.True(nodes.ContainsKey(edge.From) || subgraphs.ContainsKey(edge.From), $"edge {edge.From} -> {edge.To}: '{edge.From}' is not declared");
            Assert.True(nodes.ContainsKey(edge.To) || subgraphs.ContainsKey(edge.To), $"edge {edge.From} -> {edge.To}: '{edge.To}' is not declared");
        }
        foreach (var (name, ids) in classes)
        {
            Assert.True(classDefs.ContainsKey(name), $"class '{name}' is used but not defined");
            foreach (var id in ids) Assert.True(nodes.ContainsKey(id) || subgraphs.ContainsKey(id), $"class '{name}' names '{id}', which is not declared");
        }
        foreach (var (indexes, _) in linkStyles)
            foreach (var index in indexes) Assert.True(index >= 0 && index < edges.Count, $"linkStyle {index}: there are {edges.Count} edges");
        return new Chart(nodes, subgraphs, edges, classDefs, classes, linkStyles);
    }

    /// <summary>A label's text as Mermaid shows it: entities decoded, <c>&lt;br/&gt;</c> as a line break.</summary>
    public static string Decode(string label) =>
        Entity().Replace(label.Replace("<br/>", "\n"), m => m.Groups[1].Value switch
        {
            "quot" => "\"", "lt" => "<", "gt" => ">", "amp" => "&", "grave" => "`", _ => "#",
        });

    private static Node ParseNode(string line, string where)
    {
        var idEnd = 0;
        while (idEnd < line.Length && (char.IsAsciiLetterOrDigit(line[idEnd]) || line[idEnd] == '_')) idEnd++;
        var id = Id(line[..idEnd], where);
        var rest = line[idEnd..];
        foreach (var (openText, close, shape) in Shapes)
        {
            if (!rest.StartsWith(openText + "\"", StringComparison.Ordinal) || !rest.EndsWith("\"" + close, StringComparison.Ordinal)) continue;
            var label = rest[(openText.Length + 1)..^(close.Length + 1)];
            return new Node(id, shape, Label(label, where), null);
        }
        Assert.Fail($"{where}: neither a node, an edge, a subgraph nor a style");
        return null!;
    }

    private static string Id(string id, string where)
    {
        Assert.True(IdPattern().IsMatch(id), $"{where}: '{id}' is not a plain id");
        Assert.False(Keywords.Contains(id), $"{where}: '{id}' is a Mermaid keyword");
        return id;
    }

    /// <summary>Checks a quoted label's raw text: nothing that ends it or reads as markup but entities and line breaks.</summary>
    private static string Label(string raw, string where)
    {
        var withoutBreaks = raw.Replace("<br/>", "\n");
        Assert.False(MermaidEntity().IsMatch(withoutBreaks), $"{where}: Mermaid would read '{MermaidEntity().Match(withoutBreaks).Value}' as an entity");
        foreach (var c in Entity().Replace(withoutBreaks, ""))
        {
            Assert.False(c is '"' or '<' or '`' or '&', $"{where}: '{c}' in a label must be an entity");
            Assert.False(char.IsControl(c) && c != '\n', $"{where}: a control character in a label");
        }
        return raw;
    }

    private static bool StylePattern(string style) =>
        style.Split(',').All(part => part.Split(':') is [var name, var value] && name.Length > 0 && value.Length > 0 && !value.Contains(';'));
}
