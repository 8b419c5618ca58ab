using System.Text.RegularExpressions;
using Asl.JsonAta;

namespace Asl.Local.Jsonata;

/// <summary>A JSONata function value: a lambda, a built-in, a partial application, a regex matcher, a composition or a transform.</summary>
internal abstract class JFunction
{
    /// <summary>How many arguments the function declares; higher-order functions pass that many (value, index, array).</summary>
    public abstract int Arity { get; }

    /// <summary>The signature arguments are checked against, or null.</summary>
    public virtual JsonAtaSignature? Signature => null;
}

/// <summary><c>function($a, $b) { body }</c> with the frame and context value it closes over.</summary>
internal sealed class LambdaFunction : JFunction
{
    public LambdaFunction(IReadOnlyList<string> parameters, JsonAtaNode body, JsonAtaSignature? signature, Frame environment, object? input)
    {
        Parameters = parameters;
        Body = body;
        DeclaredSignature = signature;
        Environment = environment;
        Input = input;
    }

    public IReadOnlyList<string> Parameters { get; }
    public JsonAtaNode Body { get; }
    public JsonAtaSignature? DeclaredSignature { get; }
    public Frame Environment { get; }
    public object? Input { get; }

    public override int Arity => Parameters.Count;

    public override JsonAtaSignature? Signature => DeclaredSignature;
}

/// <summary>The implementation of a built-in function: validated arguments in, a value (or undefined) out.</summary>
internal delegate object? NativeBody(Evaluation evaluation, object?[] arguments, CallSite site);

/// <summary>Where a built-in is called from: the value in context, the frame, and the name and position of the call.</summary>
internal readonly record struct CallSite(object? Input, Frame Environment, string? Name, int Position);

/// <summary>A function of the library (<see cref="JsonAtaFunctions"/>) with its implementation.</summary>
internal sealed class NativeFunction : JFunction
{
    public NativeFunction(JsonAtaFunction info, int arity, NativeBody body)
    {
        Info = info;
        NativeArity = arity;
        Body = body;
    }

    public JsonAtaFunction Info { get; }
    public int NativeArity { get; }
    public NativeBody Body { get; }

    public string Name => Info.Name;

    public override int Arity => NativeArity;

    public override JsonAtaSignature? Signature => Info.Signature;
}

/// <summary>A built-in (or another function that is not a lambda) applied to some arguments, with <c>?</c> placeholders for the ones still to come.</summary>
internal sealed class PartialNative : JFunction
{
    public static readonly object Placeholder = new();

    public PartialNative(JFunction target, object?[] arguments)
    {
        Target = target;
        Arguments = arguments;
        foreach (var argument in arguments)
            if (ReferenceEquals(argument, Placeholder)) Missing++;
    }

    public JFunction Target { get; }
    public object?[] Arguments { get; }
    public int Missing { get; }

    public override int Arity => Missing;
}

/// <summary>A regular expression literal: called with a string, it gives the first match (with <c>next</c> for the others).</summary>
internal sealed class RegexFunction : JFunction
{
    public RegexFunction(Regex regex, JsonAtaRegex node)
    {
        Regex = regex;
        Node = node;
    }

    public Regex Regex { get; }
    public JsonAtaRegex Node { get; }

    public override int Arity => 2;
}

/// <summary>The <c>next</c> member of a regex match: the following match.</summary>
internal sealed class RegexNextFunction : JFunction
{
    public RegexNextFunction(RegexFunction matcher, string text, int from)
    {
        Matcher = matcher;
        Text = text;
        From = from;
    }

    public RegexFunction Matcher { get; }
    public string Text { get; }
    public int From { get; }

    public override int Arity => 0;
}

/// <summary><c>$f ~&gt; $g</c>: a function of one argument that applies f, then g.</summary>
internal sealed class ComposedFunction : JFunction
{
    public ComposedFunction(JFunction first, JFunction second)
    {
        First = first;
        Second = second;
    }

    public JFunction First { get; }
    public JFunction Second { get; }

    public override int Arity => 1;
}

/// <summary><c>| pattern | update, delete |</c>: copies its argument and changes the matched objects.</summary>
internal sealed class TransformFunction : JFunction
{
    private static readonly JsonAtaSignature TransformSignature = JsonAtaFunctions.Find("clone")!.Signature;

    public TransformFunction(JsonAtaTransform node, Frame environment)
    {
        Node = node;
        Environment = environment;
    }

    public JsonAtaTransform Node { get; }
    public Frame Environment { get; }

    public override int Arity => 1;

    public override JsonAtaSignature? Signature => TransformSignature;
}

/// <summary>A call in the tail position of a function body, returned to the caller's loop instead of nesting deeper.</summary>
internal sealed class TailCall
{
    public TailCall(JFunction? procedure, object?[] arguments, JsonAtaCall call, object? input, Frame environment)
    {
        Procedure = procedure;
        Arguments = arguments;
        Call = call;
        Input = input;
        Environment = environment;
    }

    public JFunction? Procedure { get; }
    public object?[] Arguments { get; }
    public JsonAtaCall Call { get; }
    public object? Input { get; }
    public Frame Environment { get; }
}
