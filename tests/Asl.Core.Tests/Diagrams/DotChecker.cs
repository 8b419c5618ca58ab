using System.Text;

namespace Asl.Core.Tests.Diagrams;

/// <summary>
/// A parser of the dot language as the renderer writes it (Graphviz's grammar: a digraph of attribute, node, edge and
/// subgraph statements): tokens are well formed (every string closed, escapes valid), braces and brackets balance,
/// every edge joins declared nodes, and every lhead/ltail names a declared cluster. Fails the test where it breaks.
/// </summary>
internal sealed class DotChecker
{
    private readonly List<string> _tokens;
    private int _next;

    public sealed record Graph(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Nodes, IReadOnlyList<string> Clusters,
        IReadOnlyList<(string From, string To, IReadOnlyDictionary<string, string> Attributes)> Edges);

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _nodes = new(StringComparer.Ordinal);
    private readonly List<string> _clusters = [];
    private readonly List<(string, string, IReadOnlyDictionary<string, string>)> _edges = [];

    private DotChecker(List<string> tokens) => _tokens = tokens;

    public static Graph Parse(string text)
    {
        var checker = new DotChecker(Tokenize(text));
        checker.Expect("digraph");
        checker.Identifier();
        checker.Block();
        Assert.True(checker._next == checker._tokens.Count, $"text after the graph's closing brace: '{checker.Peek()}'");
        foreach (var (from, to, attributes) in checker._edges)
        {
            Assert.True(checker._nodes.ContainsKey(from), $"edge {from} -> {to}: '{from}' is not declared");
            Assert.True(checker._nodes.ContainsKey(to), $"edge {from} -> {to}: '{to}' is not declared");
            foreach (var cluster in new[] { "lhead", "ltail" })
                if (attributes.TryGetValue(cluster, out var name)) Assert.Contains(name, checker._clusters);
        }
        return new Graph(checker._nodes, checker._clusters, checker._edges);
    }

    private void Block()
    {
        Expect("{");
        while (Peek() != "}")
        {
            var token = Peek();
            if (token is "graph" or "node" or "edge")
            {
                _next++;
                Attributes();
            }
            else if (token == "subgraph")
            {
                _next++;
                _clusters.Add(Identifier());
                Block();
                if (Peek() == ";") _next++;
                continue;
            }
            else
            {
                var id = Identifier();
                if (Peek() == "=")
                {
                    _next++;
                    Identifier();
                }
                else if (Peek() == "->")
                {
                    _next++;
                    var to = Identifier();
                    _edges.Add((id, to, Peek() == "[" ? Attributes() : new Dictionary<string, string>()));
                }
                else
                {
                    Assert.False(_nodes.ContainsKey(id), $"node '{id}' is declared twice");
                    _nodes[id] = Peek() == "[" ? Attributes() : new Dictionary<string, string>();
                }
            }
            Expect(";");
        }
        Expect("}");
    }

    private Dictionary<string, string> Attributes()
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        Expect("[");
        while (Peek() != "]")
        {
            var name = Identifier();
            Expect("=");
            Assert.True(attributes.TryAdd(name, Identifier()), $"attribute '{name}' is set twice");
            if (Peek() == ",") _next++;
        }
        Expect("]");
        return attributes;
    }

    private string Identifier()
    {
        var token = Peek();
        Assert.False(token is "{" or "}" or "[" or "]" or ";" or "," or "=" or "->", $"expected an identifier, got '{token}'");
        _next++;
        return token.StartsWith('"') ? Unquote(token) : token;
    }

    private void Expect(string token)
    {
        Assert.True(Peek() == token, $"expected '{token}' at token {_next}, got '{Peek()}'");
        _next++;
    }

    private string Peek() => _next < _tokens.Count ? _tokens[_next] : "(end of text)";

    private static string Unquote(string token)
    {
        var text = new StringBuilder();
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (token[i] != '\\') text.Append(token[i]);
            else text.Append(token[++i] switch { 'n' => '\n', var c => c });
        }
        return text.ToString();
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) i++;
            else if (c == '-' && i + 1 < text.Length && text[i + 1] == '>') { tokens.Add("->"); i += 2; }
            else if ("{}[];,=".Contains(c)) { tokens.Add(c.ToString()); i++; }
            else if (c == '"')
            {
                var end = i + 1;
                while (end < text.Length && text[end] != '"')
                {
                    Assert.False(text[end] == '\n' || char.IsControl(text[end]), "a raw line break or control character in a dot string");
                    if (text[end] == '\\')
                    {
                        Assert.True(end + 1 < text.Length && "\"\\n".Contains(text[end + 1]), $"an escape other than \\\", \\\\ or \\n at {end}");
                        end++;
                    }
                    end++;
                }
                Assert.True(end < text.Length, "a string that is never closed");
                tokens.Add(text[i..(end + 1)]);
                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.')) end++;
                Assert.True(end > i, $"an unexpected character '{c}' at {i}");
                tokens.Add(text[i..end]);
                i = end;
            }
        }
        return tokens;
    }
}
