using System.Collections.Generic;

namespace Asl.JsonAta;

/// <summary>
/// Walks the tokens of a JSONata expression once, tracking brackets and whether an operand or an operator comes
/// next. It reports only errors that JSONata 2.0's parser certainly raises (unbalanced brackets, two operands or two
/// operators in a row, misplaced separators), and it records for each name and variable the context it is
/// evaluated in, which is what the Step Functions restrictions are about.
/// </summary>
internal sealed class JsonAtaAnalyzer
{
    private enum Expect
    {
        Operand,
        Operator,
        /// <summary>After a construct the walk does not model exactly; the next token is not checked.</summary>
        Unknown,
    }

    private enum FrameKind
    {
        Root,
        Block,
        StepBlock,
        Call,
        LambdaParameters,
        LambdaBody,
        ArrayConstructor,
        Predicate,
        ObjectConstructor,
        GroupBy,
        Sort,
        Transform,
    }

    private sealed class Frame
    {
        public Frame(FrameKind kind, bool atTopLevel, int openIndex)
        {
            Kind = kind;
            AtTopLevel = atTopLevel;
            OpenIndex = openIndex;
            ArgumentStart = openIndex + 1;
        }

        public FrameKind Kind { get; }

        /// <summary>True when names inside are evaluated against the expression's input document.</summary>
        public bool AtTopLevel { get; }

        public int OpenIndex { get; }

        public int ArgumentStart { get; set; }

        public JsonAtaVariableUse? Callee { get; set; }

        public List<JsonAtaToken[]> Arguments { get; } = new();

        public int TransformBars { get; set; } = 1;

        public string Closer => Kind switch
        {
            FrameKind.ArrayConstructor or FrameKind.Predicate => "]",
            FrameKind.ObjectConstructor or FrameKind.GroupBy or FrameKind.LambdaBody => "}",
            FrameKind.Transform => "|",
            _ => ")",
        };
    }

    private readonly JsonAtaAnalysis _analysis;
    private readonly IReadOnlyList<JsonAtaToken> _tokens;
    private readonly List<Frame> _frames = new();
    private Expect _expect = Expect.Operand;
    private bool _awaitingLambdaBody;
    private bool _sawSignature;
    private int _signatureDepth;
    private bool _awaitingSort;
    private JsonAtaVariableUse? _previousVariable;

    private JsonAtaAnalyzer(JsonAtaAnalysis analysis)
    {
        _analysis = analysis;
        _tokens = analysis.Tokens;
    }

    /// <summary>Scans and analyses <paramref name="expression"/> (the text between <c>{%</c> and <c>%}</c>).</summary>
    public static JsonAtaAnalysis Analyze(string expression)
    {
        var scan = JsonAtaScanner.Scan(expression);
        var analysis = new JsonAtaAnalysis(scan.Tokens);
        if (scan.Error is not null)
        {
            analysis.Error = scan.Error;
            return analysis;
        }
        analysis.Error = new JsonAtaAnalyzer(analysis).Walk(expression.Length);
        return analysis;
    }

    private Frame Top => _frames[_frames.Count - 1];

    private JsonAtaToken? TokenAt(int index) => index >= 0 && index < _tokens.Count ? _tokens[index] : null;

    private JsonAtaSyntaxError? Walk(int length)
    {
        if (_tokens.Count == 0)
            return new JsonAtaSyntaxError("the expression is empty; write an expression between {% and %}", 0);

        _frames.Add(new Frame(FrameKind.Root, atTopLevel: true, openIndex: -1));
        for (var i = 0; i < _tokens.Count; i++)
        {
            var error = Step(i);
            if (error is not null) return error;
        }

        if (_awaitingLambdaBody || _signatureDepth > 0)
            return new JsonAtaSyntaxError("the function definition has no body; add { ... } after its parameters", length);
        if (_awaitingSort)
            return new JsonAtaSyntaxError("'^' must be followed by the sort terms in ( )", length);
        while (Top.Kind == FrameKind.Transform && _frames.Count > 1) _frames.RemoveAt(_frames.Count - 1);
        if (Top.Kind != FrameKind.Root)
        {
            var opener = _tokens[Top.OpenIndex];
            return new JsonAtaSyntaxError($"this '{opener.Text}' is never closed; add '{Top.Closer}'", opener.Start);
        }
        if (_expect == Expect.Operand)
            return new JsonAtaSyntaxError($"the expression ends after '{_tokens[_tokens.Count - 1].Text}', where an operand is expected", length);
        return null;
    }

    private JsonAtaSyntaxError? Step(int i)
    {
        var token = _tokens[i];
        if (_signatureDepth > 0)
        {
            if (token.IsOperator("<")) _signatureDepth++;
            else if (token.IsOperator(">")) _signatureDepth--;
            return null;
        }
        if (_awaitingLambdaBody)
        {
            if (token.IsOperator("<") && !_sawSignature)
            {
                _sawSignature = true;
                _signatureDepth = 1;
                return null;
            }
            if (!token.IsOperator("{"))
                return new JsonAtaSyntaxError("a function definition needs a body: write { ... } after its parameters", token.Start);
            _awaitingLambdaBody = false;
            _frames.Add(new Frame(FrameKind.LambdaBody, atTopLevel: false, i));
            _expect = Expect.Operand;
            return null;
        }
        if (_awaitingSort)
        {
            if (!token.IsOperator("("))
                return new JsonAtaSyntaxError("'^' must be followed by the sort terms in ( ), as in ^(>price)", token.Start);
            _awaitingSort = false;
            _frames.Add(new Frame(FrameKind.Sort, atTopLevel: false, i));
            _expect = Expect.Operand;
            return null;
        }

        return token.Kind switch
        {
            JsonAtaTokenKind.Operator => Operator(i, token),
            JsonAtaTokenKind.Name => Name(i, token),
            JsonAtaTokenKind.Variable => Variable(i, token),
            _ => Literal(i, token),
        };
    }

    private static JsonAtaSyntaxError MissingOperator(JsonAtaToken previous, JsonAtaToken token) =>
        new($"'{Show(token)}' follows '{Show(previous)}' with no operator between them; add an operator (for example &, +, = or and) or a comma inside [ ] or ( )", token.Start);

    private static string Show(JsonAtaToken token) => token.Kind switch
    {
        JsonAtaTokenKind.Variable => "$" + token.Text,
        JsonAtaTokenKind.String => "'" + token.Text + "'",
        JsonAtaTokenKind.QuotedName => "`" + token.Text + "`",
        _ => token.Text,
    };

    private bool PreviousIs(int i, string op) => TokenAt(i - 1) is { } p && p.IsOperator(op);

    private JsonAtaSyntaxError? Literal(int i, JsonAtaToken token)
    {
        if (_expect == Expect.Operator) return MissingOperator(_tokens[i - 1], token);
        if (token.Kind == JsonAtaTokenKind.QuotedName) NoteInputReference(i, token);
        _expect = Expect.Operator;
        return null;
    }

    private JsonAtaSyntaxError? Name(int i, JsonAtaToken token)
    {
        if (_expect == Expect.Operator)
        {
            // and, or, in are operators between operands and field names elsewhere.
            if (token.Text is "and" or "or" or "in")
            {
                _expect = Expect.Operand;
                return null;
            }
            return MissingOperator(_tokens[i - 1], token);
        }

        _expect = Expect.Operator;
        var next = TokenAt(i + 1);
        if ((token.Text is "function" or "\u03BB") && next is { } n && n.IsOperator("(")) return null;

        if (token.Text == "States" && !PreviousIs(i, ".") && next is { } dot && dot.IsOperator(".")
            && TokenAt(i + 2) is { Kind: JsonAtaTokenKind.Name } function && TokenAt(i + 3) is { } open && open.IsOperator("("))
        {
            _analysis.AddIntrinsicLookalike(token, function.Text);
            return null;
        }

        NoteInputReference(i, token);
        return null;
    }

    private void NoteInputReference(int i, JsonAtaToken token)
    {
        if (Top.AtTopLevel && !PreviousIs(i, "."))
            _analysis.AddTopLevelInputReference(token, TokenAt(i + 1) is { } next && next.IsOperator("("));
    }

    private JsonAtaSyntaxError? Variable(int i, JsonAtaToken token)
    {
        if (_expect == Expect.Operator) return MissingOperator(_tokens[i - 1], token);
        _expect = Expect.Operator;

        var use = new JsonAtaVariableUse(token)
        {
            IsStep = PreviousIs(i, "."),
            IsPiped = PreviousIs(i, "~>"),
        };
        if (token.Text == "states" && TokenAt(i + 1) is { } dot && dot.IsOperator(".")
            && TokenAt(i + 2) is { Kind: JsonAtaTokenKind.Name or JsonAtaTokenKind.QuotedName } member)
            use.StatesMember = member;

        if (PreviousIs(i, "@") || PreviousIs(i, "#") || Top.Kind == FrameKind.LambdaParameters
            || (TokenAt(i + 1) is { } assign && assign.IsOperator(":=")))
            _analysis.AddLocalName(token.Text);

        if (token.Text.Length == 0) NoteInputReference(i, token);
        _analysis.AddVariable(use);
        _previousVariable = use;
        return null;
    }

    private JsonAtaSyntaxError? Operator(int i, JsonAtaToken token)
    {
        var op = token.Text;
        switch (op)
        {
            case "(":
                return Open(i, _expect == Expect.Operator ? CallKind(i) : PreviousIs(i, ".") ? FrameKind.StepBlock : FrameKind.Block);
            case "[":
                return Open(i, _expect == Expect.Operator ? FrameKind.Predicate : FrameKind.ArrayConstructor);
            case "{":
                return Open(i, _expect == Expect.Operator ? FrameKind.GroupBy : FrameKind.ObjectConstructor);
            case ")":
            case "]":
            case "}":
                return Close(i, token);
            case ",":
                return Comma(i, token);
            case ";":
                if (_expect == Expect.Operand) return ExpectedOperand(token);
                if (Top.Kind is not (FrameKind.Block or FrameKind.StepBlock))
                    return new JsonAtaSyntaxError("';' separates expressions only inside a block; wrap the expressions in parentheses: ( $a := 1; $a + 1 )", token.Start);
                _expect = Expect.Operand;
                return null;
            case "?":
                if (_expect == Expect.Operand)
                {
                    // A lone ? is a placeholder argument of a partial application: $substring(?, 0, 5).
                    if (Top.Kind == FrameKind.Call && (PreviousIs(i, "(") || PreviousIs(i, ",")))
                    {
                        _expect = Expect.Operator;
                        return null;
                    }
                    return ExpectedOperand(token);
                }
                _expect = Expect.Operand;
                return null;
            case "-":
                _expect = Expect.Operand;
                return null;
            case "*":
            case "%":
                // Between operands: multiply and modulo. Elsewhere: the wildcard and the parent operator.
                _expect = _expect == Expect.Operator ? Expect.Operand : Expect.Operator;
                return null;
            case "**":
                _expect = _expect == Expect.Operator ? Expect.Unknown : Expect.Operator;
                return null;
            case "|":
                return Bar(i, token);
            case "^":
                if (_expect == Expect.Operand)
                    return new JsonAtaSyntaxError("'^( )' sorts the values before it; put an expression before '^'", token.Start);
                _awaitingSort = true;
                return null;
            case "<":
            case ">":
                // In a sort term, < and > before an expression choose the order: ^(>price).
                if (_expect == Expect.Operand && Top.Kind == FrameKind.Sort && (PreviousIs(i, "(") || PreviousIs(i, ",")))
                    return null;
                return Binary(token);
            case "!":
                return new JsonAtaSyntaxError("'!' is not a JSONata operator; write $not(...) for negation or != for inequality", token.Start);
            case "~":
                return new JsonAtaSyntaxError("'~' is not a JSONata operator; write ~> to pass a value to a function", token.Start);
            case ":=":
                if (TokenAt(i - 1) is not { Kind: JsonAtaTokenKind.Variable })
                    return new JsonAtaSyntaxError("the left side of ':=' must be a variable such as $total", token.Start);
                return Binary(token);
            case "@":
            case "#":
                if (TokenAt(i + 1) is not { Kind: JsonAtaTokenKind.Variable })
                    return new JsonAtaSyntaxError($"'{op}' must be followed by a variable, as in {op}$item", token.Start);
                return Binary(token);
            default:
                return Binary(token);
        }
    }

    private JsonAtaSyntaxError? Binary(JsonAtaToken token)
    {
        if (_expect == Expect.Operand) return ExpectedOperand(token);
        _expect = Expect.Operand;
        return null;
    }

    private static JsonAtaSyntaxError ExpectedOperand(JsonAtaToken token) =>
        new($"'{token.Text}' appears where an operand is expected; write an expression before it", token.Start);

    /// <summary>After an operand, ( calls it, or, after the word function, starts a function definition.</summary>
    private FrameKind CallKind(int i) =>
        TokenAt(i - 1) is { Kind: JsonAtaTokenKind.Name } callee && (callee.Text is "function" or "\u03BB") && !PreviousIs(i - 1, ".")
            ? FrameKind.LambdaParameters
            : FrameKind.Call;

    private JsonAtaSyntaxError? Open(int i, FrameKind kind)
    {
        var atTopLevel = kind switch
        {
            // After a dot, a block, array or object is a path step, evaluated for each value before the dot.
            FrameKind.Block or FrameKind.ArrayConstructor or FrameKind.ObjectConstructor => Top.AtTopLevel && !PreviousIs(i, "."),
            // Arguments are evaluated where the call is, unless the call is itself a path step ($x.$f(a)).
            FrameKind.Call => Top.AtTopLevel && !(TokenAt(i - 1) is { Kind: JsonAtaTokenKind.Variable } && PreviousIs(i - 1, ".")),
            _ => false,
        };
        var frame = new Frame(kind, atTopLevel, i);
        if (kind == FrameKind.Call && TokenAt(i - 1) is { Kind: JsonAtaTokenKind.Variable } && _previousVariable is { } callee
            && callee.Token.Start == _tokens[i - 1].Start)
            frame.Callee = callee;
        _frames.Add(frame);
        _expect = Expect.Operand;
        return null;
    }

    private JsonAtaSyntaxError? Close(int i, JsonAtaToken token)
    {
        while (Top.Kind == FrameKind.Transform && _frames.Count > 1) _frames.RemoveAt(_frames.Count - 1);
        var frame = Top;
        if (frame.Kind == FrameKind.Root)
            return new JsonAtaSyntaxError($"'{token.Text}' has no matching opening bracket; remove it or add the opening bracket", token.Start);
        if (frame.Closer != token.Text)
        {
            var opener = _tokens[frame.OpenIndex];
            return new JsonAtaSyntaxError($"'{token.Text}' cannot close the '{opener.Text}' opened before it; close that with '{frame.Closer}' first", token.Start);
        }
        var empty = frame.OpenIndex == i - 1;
        var afterSemicolon = PreviousIs(i, ";") && frame.Kind is FrameKind.Block or FrameKind.StepBlock;
        if (_expect == Expect.Operand && !empty && !afterSemicolon)
            return ExpectedOperand(token);

        if (frame.Kind == FrameKind.Call)
        {
            if (!empty) frame.Arguments.Add(Slice(frame.ArgumentStart, i));
            if (frame.Callee is { } callee) callee.Arguments = frame.Arguments;
        }
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.Kind == FrameKind.LambdaParameters)
        {
            _awaitingLambdaBody = true;
            _sawSignature = false;
        }
        _expect = Expect.Operator;
        return null;
    }

    private JsonAtaSyntaxError? Comma(int i, JsonAtaToken token)
    {
        if (_expect == Expect.Operand) return ExpectedOperand(token);
        switch (Top.Kind)
        {
            case FrameKind.Call:
                Top.Arguments.Add(Slice(Top.ArgumentStart, i));
                Top.ArgumentStart = i + 1;
                break;
            case FrameKind.LambdaParameters:
            case FrameKind.ArrayConstructor:
            case FrameKind.ObjectConstructor:
            case FrameKind.GroupBy:
            case FrameKind.Sort:
            case FrameKind.Transform:
                break;
            default:
                return new JsonAtaSyntaxError("',' cannot separate expressions here; use [a, b] for an array, or ( a; b ) to evaluate several expressions in turn", token.Start);
        }
        _expect = Expect.Operand;
        return null;
    }

    /// <summary><c>| pattern | update |</c> or <c>| pattern | update, delete |</c>: the transform operator.</summary>
    private JsonAtaSyntaxError? Bar(int i, JsonAtaToken token)
    {
        if (_expect != Expect.Operator)
        {
            _frames.Add(new Frame(FrameKind.Transform, atTopLevel: false, i));
            _expect = Expect.Operand;
            return null;
        }
        if (Top.Kind != FrameKind.Transform)
            return new JsonAtaSyntaxError("'|' is not an operator here; write 'or' for a logical or, and | pattern | update | for a transform", token.Start);
        if (Top.TransformBars == 1)
        {
            Top.TransformBars = 2;
            _expect = Expect.Operand;
        }
        else
        {
            _frames.RemoveAt(_frames.Count - 1);
            _expect = Expect.Operator;
        }
        return null;
    }

    private JsonAtaToken[] Slice(int start, int end)
    {
        var slice = new JsonAtaToken[System.Math.Max(0, end - start)];
        for (var k = 0; k < slice.Length; k++) slice[k] = _tokens[start + k];
        return slice;
    }
}
