using System.Collections.Concurrent;
using System.Globalization;
using Asl.Json;
using Asl.JsonAta;
using Asl.Local.Errors;

namespace Asl.Local.Jsonata;

/// <summary>
/// Parses the JSONata subset the local engine evaluates (a Pratt parser over the tokens of Asl.Core's
/// <see cref="JsonAtaScanner"/>): literals, paths with predicates, variables, object and array constructors,
/// ranges, arithmetic, string concatenation, comparisons, <c>and</c>/<c>or</c>/<c>in</c>, conditionals, blocks,
/// bindings, function calls and <c>~&gt;</c>. Anything else is a States.QueryEvaluationError that names the feature.
/// </summary>
internal sealed class JsonAtaParser
{
    private static readonly ConcurrentDictionary<string, JsonAtaNode> Cache = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<JsonAtaToken> _tokens;
    private readonly string _text;
    private int _index;

    private JsonAtaParser(IReadOnlyList<JsonAtaToken> tokens, string text)
    {
        _tokens = tokens;
        _text = text;
    }

    public static JsonAtaNode Parse(string expression) => Cache.GetOrAdd(expression, static text =>
    {
        var scan = JsonAtaScanner.Scan(text);
        if (scan.Error is { } error) throw Fail(text, error.Offset, error.Message);
        if (scan.Tokens.Count == 0) throw Fail(text, 0, "the expression is empty");
        var parser = new JsonAtaParser(scan.Tokens, text);
        var node = parser.Expression(0);
        if (parser._index < parser._tokens.Count)
        {
            var extra = parser._tokens[parser._index];
            throw Fail(text, extra.Start, extra.IsOperator("..")
                ? "a range 'a..b' can only appear inside an array constructor [a..b]"
                : $"unexpected '{extra.Text}'");
        }
        return node;
    });

    private JsonAtaToken? Peek => _index < _tokens.Count ? _tokens[_index] : null;

    private JsonAtaToken Next()
    {
        if (_index >= _tokens.Count) throw Fail(_text, _text.Length, "the expression ends too early");
        return _tokens[_index++];
    }

    private void Expect(string op)
    {
        var token = Next();
        if (!token.IsOperator(op)) throw Fail(_text, token.Start, $"expected '{op}' but found '{token.Text}'");
    }

    private static int BindingPower(JsonAtaToken token)
    {
        if (token.Kind == JsonAtaTokenKind.Name)
            return token.Text switch { "and" => 30, "or" => 25, "in" => 40, _ => 0 };
        if (token.Kind != JsonAtaTokenKind.Operator) return 0;
        return token.Text switch
        {
            "." => 75,
            "[" or "(" => 80,
            "*" or "/" or "%" => 60,
            "+" or "-" or "&" => 50,
            "=" or "!=" or "<" or "<=" or ">" or ">=" or "~>" => 40,
            "?" => 20,
            ":=" => 10,
            _ => 0,
        };
    }

    private JsonAtaNode Expression(int minimum)
    {
        var left = Prefix();
        while (Peek is { } token && BindingPower(token) > minimum)
        {
            _index++;
            left = Infix(token, left);
        }
        return left;
    }

    private JsonAtaNode Prefix()
    {
        var token = Next();
        switch (token.Kind)
        {
            case JsonAtaTokenKind.String: return new LiteralNode(new AslJsonString(token.Text), token.Start);
            case JsonAtaTokenKind.Number:
                return new LiteralNode(Local.Json.JsonValues.Number(double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture)), token.Start);
            case JsonAtaTokenKind.Boolean: return new LiteralNode(AslJson.Of(token.Text == "true"), token.Start);
            case JsonAtaTokenKind.Null: return new LiteralNode(AslJson.Null, token.Start);
            case JsonAtaTokenKind.Variable: return new VariableNode(token.Text, token.Start);
            case JsonAtaTokenKind.Name:
            case JsonAtaTokenKind.QuotedName:
                return new NameNode(token.Text, token.Start);
            case JsonAtaTokenKind.Regex:
                throw Unsupported("regular expressions", token.Start);
        }
        switch (token.Text)
        {
            case "-": return new NegateNode(Expression(70), token.Start);
            case "(":
            {
                var expressions = new List<JsonAtaNode>();
                while (Peek is { } p && !p.IsOperator(")"))
                {
                    expressions.Add(Expression(0));
                    if (Peek is { } semi && semi.IsOperator(";")) _index++;
                }
                Expect(")");
                return new BlockNode(expressions, token.Start);
            }
            case "[":
            {
                var items = new List<JsonAtaNode>();
                while (Peek is { } p && !p.IsOperator("]"))
                {
                    var item = Expression(0);
                    if (Peek is { } range && range.IsOperator(".."))
                    {
                        _index++;
                        item = new RangeNode(item, Expression(0), range.Start);
                    }
                    items.Add(item);
                    if (Peek is { } comma && comma.IsOperator(",")) _index++;
                    else break;
                }
                Expect("]");
                return new ArrayNode(items, token.Start);
            }
            case "{":
            {
                var members = new List<(JsonAtaNode, JsonAtaNode)>();
                while (Peek is { } p && !p.IsOperator("}"))
                {
                    var key = Expression(0);
                    Expect(":");
                    members.Add((key, Expression(0)));
                    if (Peek is { } comma && comma.IsOperator(",")) _index++;
                    else break;
                }
                Expect("}");
                return new ObjectNode(members, token.Start);
            }
            case "*": throw Unsupported("the wildcard '*'", token.Start);
            case "**": throw Unsupported("the descendant wildcard '**'", token.Start);
            case "%": throw Unsupported("the parent operator '%'", token.Start);
            case "|": throw Unsupported("transform expressions '| ... |'", token.Start);
        }
        throw Fail(_text, token.Start, $"unexpected '{token.Text}'");
    }

    private JsonAtaNode Infix(JsonAtaToken token, JsonAtaNode left)
    {
        if (token.Kind == JsonAtaTokenKind.Name) return new BinaryNode(token.Text, left, Expression(BindingPower(token)), token.Start);
        switch (token.Text)
        {
            case ".":
            {
                var right = Expression(75);
                var steps = new List<JsonAtaNode>();
                if (left is PathNode lp) steps.AddRange(lp.Steps); else steps.Add(left);
                if (right is PathNode rp) steps.AddRange(rp.Steps); else steps.Add(right);
                return new PathNode(steps, left.Position);
            }
            case "[":
            {
                if (Peek is { } close && close.IsOperator("]")) throw Unsupported("the array-keeping '[]' step", token.Start);
                var predicate = Expression(0);
                Expect("]");
                return new PredicateNode(left, predicate, token.Start);
            }
            case "(":
            {
                if (left is not VariableNode function) throw Unsupported("calling something that is not a $function", token.Start);
                var arguments = new List<JsonAtaNode>();
                while (Peek is { } p && !p.IsOperator(")"))
                {
                    arguments.Add(Expression(0));
                    if (Peek is { } comma && comma.IsOperator(",")) _index++;
                    else break;
                }
                Expect(")");
                return new CallNode(function.Name, arguments, left.Position);
            }
            case "?":
            {
                var then = Expression(0);
                JsonAtaNode? otherwise = null;
                if (Peek is { } colon && colon.IsOperator(":"))
                {
                    _index++;
                    otherwise = Expression(0);
                }
                return new ConditionNode(left, then, otherwise, token.Start);
            }
            case ":=":
                if (left is not VariableNode target) throw Fail(_text, token.Start, "the left side of ':=' must be a $variable");
                return new BindNode(target.Name, Expression(9), token.Start);
            case "~>":
            {
                var right = Expression(40);
                if (right is not CallNode call) throw Unsupported("'~>' with something other than a function call", token.Start);
                var arguments = new List<JsonAtaNode> { left };
                arguments.AddRange(call.Arguments);
                return new CallNode(call.Name, arguments, call.Position);
            }
            default:
                return new BinaryNode(token.Text, left, Expression(BindingPower(token)), token.Start);
        }
    }

    private StatesError Unsupported(string feature, int position)
        => StatesError.Query($"The JSONata expression '{_text}' uses {feature} (at character {position + 1}), which the local engine does not evaluate. It supports paths, predicates, constructors, arithmetic, '&', comparisons, and/or/in, conditionals, blocks and the common functions.");

    private static StatesError Fail(string text, int position, string message)
        => StatesError.Query($"The JSONata expression '{text}' is not valid: {message} (at character {position + 1}).");
}
