using System.Collections.Generic;
using System.Globalization;

namespace Asl.JsonAta;

/// <summary>The result of <see cref="JsonAtaParser.Parse"/>: the expression tree, or the first syntax error.</summary>
/// <param name="Expression">The parsed expression, or null when there is an error.</param>
/// <param name="Error">The first syntax error, or null.</param>
/// <param name="Tokens">The tokens read before the end or the error, in order.</param>
public sealed record JsonAtaParseResult(JsonAtaNode? Expression, JsonAtaSyntaxError? Error, IReadOnlyList<JsonAtaToken> Tokens);

/// <summary>
/// The JSONata 2.0.6 parser that the validator and the local engine share: a Pratt parser over the tokens of
/// <see cref="JsonAtaLexer"/> (operator precedences and the errors JSONata raises are JSONata's), followed by the pass
/// that turns dotted steps into paths and attaches predicates, group-bys, sort steps, variable bindings and parent
/// references to the steps they belong to. Work is linear in the length of the expression; nesting is limited to
/// <see cref="MaxDepth"/> levels, so no input can exhaust the stack.
/// </summary>
public sealed partial class JsonAtaParser
{
    /// <summary>
    /// How deeply an expression may nest (brackets, calls, operands of operators). AWS stops evaluating at a depth
    /// of about 100, so a deeper expression never evaluates there; this bound only keeps parsing from exhausting
    /// the stack. A left-to-right chain of path steps (<c>a.b.c...</c>) does not nest.
    /// </summary>
    public const int MaxDepth = 500;

    private readonly string _text;
    private readonly JsonAtaLexer _lexer;
    private readonly List<JsonAtaToken> _tokens = new();
    private JsonAtaToken _current;
    private JsonAtaToken _previous;
    private int _depth;

    private JsonAtaParser(string text)
    {
        _text = text;
        _lexer = new JsonAtaLexer(text);
    }

    /// <summary>Parses <paramref name="expression"/> (the text between <c>{%</c> and <c>%}</c>); never throws.</summary>
    public static JsonAtaParseResult Parse(string expression)
    {
        var parser = new JsonAtaParser(expression);
        try
        {
            var tree = parser.ParseWhole();
            return new JsonAtaParseResult(tree, null, parser._tokens);
        }
        catch (JsonAtaSyntaxException exception)
        {
            return new JsonAtaParseResult(null, exception.Error, parser._tokens);
        }
    }

    private JsonAtaNode ParseWhole()
    {
        Advance(infix: false);
        if (_current.Kind == JsonAtaTokenKind.End)
            throw JsonAtaLexer.Error("S0207", "the expression is empty; write an expression between {% and %}", 0, token: "(end)");
        var raw = Expression(0);
        if (_current.Kind != JsonAtaTokenKind.End) throw Unexpected(_current);
        var tree = new PathBuilder().Process(raw);
        if (tree.Kind == JsonAtaNodeKind.Parent || tree.SeekingParent is not null)
            throw JsonAtaLexer.Error("S0217", "'%' (the parent) has no step before it to be the parent of; use it inside a path, as in items.(%.name)",
                tree.Position, token: tree.Kind == JsonAtaNodeKind.Parent ? "parent" : KindName(tree));
        return tree;
    }

    /// <summary>Moves to the next token; <paramref name="infix"/> when an operand has just ended (a / then divides).</summary>
    private void Advance(bool infix)
    {
        _previous = _current;
        _current = _lexer.Next(infix);
        if (_current.Kind != JsonAtaTokenKind.End) _tokens.Add(_current);
        if (_current.Kind == JsonAtaTokenKind.Operator && _current.Text is "!" or "~")
            throw JsonAtaLexer.Error("S0204", _current.Text == "!"
                    ? "'!' is not a JSONata operator; write $not(...) for negation or != for inequality"
                    : "'~' is not a JSONata operator; write ~> to pass a value to a function",
                _current.Start, token: _current.Text);
    }

    /// <summary>Checks that the current token is <paramref name="op"/> and moves past it.</summary>
    private void Advance(string op, bool infix, JsonAtaToken? opener = null)
    {
        if (!_current.IsOperator(op)) throw Expected(op, opener);
        Advance(infix);
    }

    private bool At(string op) => _current.IsOperator(op);

    private static int BindingPower(JsonAtaToken token)
    {
        if (token.Kind != JsonAtaTokenKind.Operator) return 0;
        return token.Text switch
        {
            "[" or "(" or "@" or "#" => 80,
            "." => 75,
            "{" => 70,
            "*" or "/" or "%" => 60,
            "+" or "-" or "&" => 50,
            "=" or "<" or ">" or "!=" or "<=" or ">=" or "^" or "~>" or "in" => 40,
            "and" => 30,
            "or" => 25,
            "?" => 20,
            ":=" => 10,
            _ => 0,
        };
    }

    private RawNode Expression(int rightBindingPower)
    {
        if (++_depth > MaxDepth) throw TooDeep(_current.Start);
        var token = _current;
        Advance(infix: true);
        var left = Prefix(token);
        while (rightBindingPower < BindingPower(_current))
        {
            token = _current;
            Advance(infix: false);
            left = Infix(token, left);
        }
        _depth--;
        return left;
    }

    private RawNode Prefix(JsonAtaToken token)
    {
        switch (token.Kind)
        {
            case JsonAtaTokenKind.Name:
            case JsonAtaTokenKind.QuotedName:
                return new RawNode(RawKind.Name, token) { Text = token.Text, Quoted = token.Kind == JsonAtaTokenKind.QuotedName };
            case JsonAtaTokenKind.Variable:
                return new RawNode(RawKind.Variable, token) { Text = token.Text };
            case JsonAtaTokenKind.String:
                return new RawNode(RawKind.String, token) { Text = token.Text, Literal = token.Text };
            case JsonAtaTokenKind.Number:
                return new RawNode(RawKind.Number, token) { Text = token.Text, Literal = double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture) };
            case JsonAtaTokenKind.Boolean:
                return new RawNode(RawKind.Value, token) { Text = token.Text, Literal = token.Text == "true" };
            case JsonAtaTokenKind.Null:
                return new RawNode(RawKind.Value, token) { Text = token.Text };
            case JsonAtaTokenKind.Regex:
                return new RawNode(RawKind.Regex, token) { Text = token.Text, Flags = _text.Substring(token.Start + token.Text.Length + 2, token.Length - token.Text.Length - 2) };
            case JsonAtaTokenKind.End:
                // As in JSONata, the end stands in for the missing operand: a bracket still open then fails with
                // S0203 where it expects its closer, and a complete expression fails with S0207 once it is built.
                return new RawNode(RawKind.End, token) { Text = _tokens.Count == 0 ? null : Show(_tokens[_tokens.Count - 1]) };
        }

        switch (token.Text)
        {
            case "and" or "or" or "in":
                // The operator words are field names where an operand is expected.
                return new RawNode(RawKind.Name, token) { Text = token.Text };
            case "-":
                return RawNode.Unary(token, "-", Expression(70));
            case "*":
                return new RawNode(RawKind.Wildcard, token);
            case "**":
                return new RawNode(RawKind.Descendant, token);
            case "%":
                return new RawNode(RawKind.Parent, token);
            case "(":
                return Block(token);
            case "[":
                return ArrayConstructor(token);
            case "{":
                return ObjectConstructor(token, null);
            case "|":
                return TransformExpression(token);
            default:
                throw NotAnOperand(token);
        }
    }

    private RawNode Infix(JsonAtaToken token, RawNode left)
    {
        switch (token.Text)
        {
            case "(":
                return Call(token, left);
            case "[":
                return Predicate(token, left);
            case "{":
                return ObjectConstructor(token, left);
            case "^":
                return SortTerms(token, left);
            case "?":
            {
                var then = Expression(0);
                RawNode? otherwise = null;
                if (At(":"))
                {
                    Advance(infix: false);
                    otherwise = Expression(0);
                }
                return new RawNode(RawKind.Condition, token) { Lhs = left, Rhs = then, Else = otherwise }.Deepen(left, then, otherwise);
            }
            case ":=":
                if (left.Kind != RawKind.Variable)
                    throw JsonAtaLexer.Error("S0212", "the left side of ':=' must be a variable such as $total", token.Start, token: left.TokenText, tokenJson: left.TokenJson);
                return RawNode.Binary(token, left, Expression(9));
            case "@" or "#":
            {
                var right = Expression(80);
                if (right.Kind != RawKind.Variable)
                    throw JsonAtaLexer.Error("S0214", $"'{token.Text}' must be followed by a variable, as in {token.Text}$item", token.Start, token: token.Text);
                return RawNode.Binary(token, left, right);
            }
            default:
                return RawNode.Binary(token, left, Expression(BindingPower(token)));
        }
    }

    /// <summary><c>( a; b; ... )</c>.</summary>
    private RawNode Block(JsonAtaToken open)
    {
        var expressions = new List<RawNode>();
        while (!At(")"))
        {
            expressions.Add(Expression(0));
            if (!At(";")) break;
            Advance(infix: false);
        }
        if (At(",")) throw JsonAtaLexer.Error("S0202",
            "',' cannot separate expressions here; use [a, b] for an array, or ( a; b ) to evaluate several expressions in turn",
            _current.Start, token: ",", value: JsonAtaErrorCodes.Quote(")"));
        Advance(")", infix: true, open);
        return new RawNode(RawKind.Block, open) { Items = expressions }.Deepen(expressions);
    }

    /// <summary><c>[a, b, 1..5]</c>.</summary>
    private RawNode ArrayConstructor(JsonAtaToken open)
    {
        var items = new List<RawNode>();
        if (!At("]"))
        {
            while (true)
            {
                var item = Expression(0);
                if (At(".."))
                {
                    var range = _current;
                    Advance(infix: false);
                    item = RawNode.Binary(range, item, Expression(0));
                }
                items.Add(item);
                if (!At(",")) break;
                Advance(infix: false);
            }
        }
        Advance("]", infix: true, open);
        return new RawNode(RawKind.ArrayConstructor, open) { Items = items }.Deepen(items);
    }

    /// <summary><c>{key: value, ...}</c>: an object constructor, or a group-by when it follows <paramref name="left"/>.</summary>
    private RawNode ObjectConstructor(JsonAtaToken open, RawNode? left)
    {
        var pairs = new List<RawNode>();
        if (!At("}"))
        {
            while (true)
            {
                var key = Expression(0);
                Advance(":", infix: false);
                var value = Expression(0);
                pairs.Add(key);
                pairs.Add(value);
                if (!At(",")) break;
                Advance(infix: false);
            }
        }
        Advance("}", infix: true, open);
        var node = new RawNode(left is null ? RawKind.ObjectConstructor : RawKind.Group, open) { Lhs = left, Items = pairs }.Deepen(pairs);
        return left is null ? node : node.Deepen(left);
    }

    /// <summary><c>left[predicate]</c>, or <c>left[]</c> (keep a single result as an array).</summary>
    private RawNode Predicate(JsonAtaToken open, RawNode left)
    {
        if (At("]"))
        {
            var step = left;
            while (step.Kind == RawKind.Binary && step.Text == "[") step = step.Lhs!;
            step.KeepArray = true;
            Advance(infix: false);
            return left;
        }
        var predicate = Expression(0);
        Advance("]", infix: true, open);
        return RawNode.Binary(open, left, predicate);
    }

    /// <summary><c>left^(&lt;a, &gt;b)</c>.</summary>
    private RawNode SortTerms(JsonAtaToken caret, RawNode left)
    {
        if (!At("("))
            throw JsonAtaLexer.Error(_current.Kind == JsonAtaTokenKind.End ? "S0203" : "S0202",
                "'^' must be followed by the sort terms in ( ), as in ^(>price)", _current.Start, token: TokenText(_current), tokenJson: TokenValue(_current), value: JsonAtaErrorCodes.Quote("("));
        var open = _current;
        Advance(infix: false);
        var terms = new List<RawNode>();
        while (true)
        {
            var descending = false;
            if (At("<")) Advance(infix: false);
            else if (At(">"))
            {
                descending = true;
                Advance(infix: false);
            }
            var term = Expression(0);
            term.Descending = descending;
            terms.Add(term);
            if (!At(",")) break;
            Advance(infix: false);
        }
        Advance(")", infix: false, open);
        return new RawNode(RawKind.Sort, caret) { Lhs = left, Items = terms }.Deepen(terms).Deepen(left);
    }

    /// <summary><c>| pattern | update |</c> or <c>| pattern | update, delete |</c>.</summary>
    private RawNode TransformExpression(JsonAtaToken bar)
    {
        var pattern = Expression(0);
        Advance("|", infix: false, bar);
        var update = Expression(0);
        RawNode? delete = null;
        if (At(","))
        {
            Advance(infix: false);
            delete = Expression(0);
        }
        Advance("|", infix: false, bar);
        return new RawNode(RawKind.Transform, bar) { Lhs = pattern, Rhs = update, Else = delete }.Deepen(pattern, update, delete);
    }

    /// <summary><c>left(arguments)</c>: a call, a partial application, or (after <c>function</c>) a function definition.</summary>
    private RawNode Call(JsonAtaToken open, RawNode left)
    {
        var arguments = new List<RawNode>();
        var partial = false;
        if (!At(")"))
        {
            while (true)
            {
                if (At("?"))
                {
                    partial = true;
                    arguments.Add(new RawNode(RawKind.Placeholder, _current));
                    Advance(infix: false);
                }
                else
                {
                    arguments.Add(Expression(0));
                }
                if (!At(",")) break;
                Advance(infix: false);
            }
        }
        Advance(")", infix: true, open);

        if (left.Kind == RawKind.Name && left.Text is "function" or "\u03BB")
            return Lambda(open, left, arguments);
        return new RawNode(partial ? RawKind.Partial : RawKind.Function, open) { Lhs = left, Items = arguments }.Deepen(arguments).Deepen(left);
    }

    private RawNode Lambda(JsonAtaToken open, RawNode keyword, List<RawNode> parameters)
    {
        for (var i = 0; i < parameters.Count; i++)
            if (parameters[i].Kind != RawKind.Variable)
                throw JsonAtaLexer.Error("S0208", "the parameters of a function definition are variables: write function($x, $y) { ... }",
                    parameters[i].Position, token: parameters[i].TokenText, tokenJson: parameters[i].TokenJson, value: (i + 1).ToString(CultureInfo.InvariantCulture));

        JsonAtaSignature? signature = null;
        if (At("<"))
        {
            var start = _current.Start;
            var text = new System.Text.StringBuilder("<");
            var depth = 1;
            while (depth > 0 && !At("{") && _current.Kind != JsonAtaTokenKind.End)
            {
                Advance(infix: false);
                if (At(">")) depth--;
                else if (At("<")) depth++;
                text.Append(_current.Kind == JsonAtaTokenKind.End ? "" : _current.Text);
            }
            Advance(">", infix: false);
            signature = JsonAtaSignature.Parse(text.ToString(), start);
        }
        if (!At("{"))
            throw JsonAtaLexer.Error(_current.Kind == JsonAtaTokenKind.End ? "S0203" : "S0202",
                "a function definition needs a body: write { ... } after its parameters", _current.Start,
                token: TokenText(_current), tokenJson: TokenValue(_current), value: JsonAtaErrorCodes.Quote("{"));
        var brace = _current;
        Advance(infix: false);
        var body = Expression(0);
        Advance("}", infix: false, brace);
        return new RawNode(RawKind.Lambda, keyword.Token) { Items = parameters, Rhs = body, Signature = signature }.Deepen(body);
    }

    private JsonAtaSyntaxException TooDeep(int offset) => new(new JsonAtaSyntaxError(
        $"the expression nests more than {MaxDepth} levels deep; AWS stops evaluating at a depth of about 100. Split it, for example with variables ($x := ...)", offset)
    {
        Code = "U1001",
        JsonAtaMessage = "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.",
        IsTooDeep = true,
    });

    private JsonAtaSyntaxException NotAnOperand(JsonAtaToken token) =>
        JsonAtaLexer.Error("S0211", token.Text switch
        {
            "^" => "'^( )' sorts the values before it; put an expression before '^'",
            "?" => "'?' appears where an operand is expected (the operators ?: and ?? came in JSONata 2.1, which Step Functions does not run; write a ? b : c)",
            ":" when TokenBefore(token) is { } before && before.IsOperator("?") && before.End == token.Start => "':' appears where an operand is expected (the operator ?: came in JSONata 2.1, which Step Functions does not run; write a ? a : b)",
            _ => $"'{token.Text}' appears where an operand is expected; write an expression before it",
        }, token.Start, token: TokenText(token), tokenJson: TokenValue(token));

    /// <summary>The token read before <paramref name="token"/>, or null.</summary>
    private JsonAtaToken? TokenBefore(JsonAtaToken token)
    {
        for (var i = _tokens.Count - 1; i > 0; i--)
            if (_tokens[i].Start == token.Start) return _tokens[i - 1];
        return null;
    }

    /// <summary>S0201: a token left over where the expression (or a bracket) should end.</summary>
    private JsonAtaSyntaxException Unexpected(JsonAtaToken token)
    {
        string message;
        if (token.IsOperator(";"))
            message = "';' separates expressions only inside a block; wrap the expressions in parentheses: ( $a := 1; $a + 1 )";
        else if (token.Kind == JsonAtaTokenKind.Operator && token.Text is ")" or "]" or "}")
            message = $"'{token.Text}' has no matching opening bracket; remove it or add the opening bracket";
        else if (token.IsOperator(","))
            message = "',' cannot separate expressions here; use [a, b] for an array, or ( a; b ) to evaluate several expressions in turn";
        else if (token.IsOperator(".."))
            message = "a range 'a..b' can only appear inside an array constructor [a..b]";
        else if (token.IsOperator(":"))
            message = "':' belongs after a key inside { } or after the then-part of a ? b : c";
        else
            message = $"'{Show(token)}' follows '{Show(_previous)}' with no operator between them; add an operator (for example &, +, = or and) or a comma inside [ ] or ( )";
        return JsonAtaLexer.Error("S0201", message, token.Start, token: TokenText(token), tokenJson: TokenValue(token));
    }

    /// <summary>S0202/S0203: <paramref name="op"/> was expected here.</summary>
    private JsonAtaSyntaxException Expected(string op, JsonAtaToken? opener)
    {
        var token = _current;
        var atEnd = token.Kind == JsonAtaTokenKind.End;
        string message;
        var offset = token.Start;
        if (atEnd && opener is { } open && op is ")" or "]" or "}" or "|")
        {
            message = $"this '{open.Text}' is never closed; add '{op}'";
            offset = open.Start;
        }
        else if (opener is { } o && token.Kind == JsonAtaTokenKind.Operator && token.Text is ")" or "]" or "}")
            message = $"'{token.Text}' cannot close the '{o.Text}' opened before it; close that with '{op}' first";
        else if (atEnd)
            message = $"the expression ends where '{op}' is expected";
        else
            message = $"'{Show(token)}' appears where '{op}' is expected";
        return JsonAtaLexer.Error(atEnd ? "S0203" : "S0202", message, offset, token: TokenText(token), tokenJson: TokenValue(token), value: JsonAtaErrorCodes.Quote(op));
    }

    /// <summary>The token's text as JSONata reports it.</summary>
    internal static string TokenText(JsonAtaToken token) => token.Kind == JsonAtaTokenKind.End ? "(end)" : token.Text;

    /// <summary>How JSONata names a token in a message: its value as JSON (<c>"name"</c>, <c>2</c>, <c>true</c>).</summary>
    internal static string TokenValue(JsonAtaToken token) => token.Kind switch
    {
        JsonAtaTokenKind.End => JsonAtaErrorCodes.Quote("(end)"),
        JsonAtaTokenKind.Number => JsonAtaNumbers.Format(double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture)),
        JsonAtaTokenKind.Boolean or JsonAtaTokenKind.Null => token.Text,
        _ => JsonAtaErrorCodes.Quote(token.Text),
    };

    private static string Show(JsonAtaToken token) => token.Kind switch
    {
        JsonAtaTokenKind.Variable => "$" + token.Text,
        JsonAtaTokenKind.String => "\"" + token.Text + "\"",
        JsonAtaTokenKind.QuotedName => "`" + token.Text + "`",
        JsonAtaTokenKind.Regex => "/" + token.Text + "/",
        _ => token.Text,
    };

    /// <summary>The type name JSONata gives a node in its messages.</summary>
    private static string KindName(JsonAtaNode node) => node switch
    {
        JsonAtaCall call => call.IsPartial ? "partial" : "function",
        JsonAtaLiteral { Value: string } => "string",
        JsonAtaLiteral { Value: double } => "number",
        JsonAtaLiteral => "value",
        JsonAtaNegate or JsonAtaArray or JsonAtaObject => "unary",
        _ => node.Kind.ToString().ToLowerInvariant(),
    };
}
