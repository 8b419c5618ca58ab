using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Asl.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

/// <summary>
/// Runs the C# of a <c>Define()</c> method at compile time, on Roslyn's bound operations: locals, constants, static
/// readonly fields and static properties of the compilation, the user's static, extension and generic methods (each
/// call builds new states), control flow and loops, strings, arrays, collections, tuples, enums, records and lambdas.
/// Calls into the Asl API run the builder code compiled into the generator, so compile time and run time build the
/// same model; calls into the BCL run for real when they are pure (<see cref="ClrTypes"/>). Anything else (the
/// clock, I/O, reflection, code of other assemblies) stops the evaluation with a diagnostic on that expression.
/// A step budget and a call depth limit turn runaway loops and recursion into diagnostics.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>Operations evaluated per Define(): more than any real workflow needs (a loop that declares 10,000 states, the AWS maximum, fits; a test checks it).</summary>
    internal const int MaxSteps = 1_000_000;

    /// <summary>Nested calls of the user's methods.</summary>
    internal const int MaxCallDepth = 100;

    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly Dictionary<ISymbol, object?> _statics = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _initializing = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<object, ChildMachine> _children = new(ReferenceComparer.Instance);
    private readonly Stack<object?> _receivers = new();
    private readonly Stack<IOperation> _loops = new();
    private readonly Dictionary<ISymbol, Type?> _types = new(SymbolEqualityComparer.Default);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, SourceOrigin?[]> _elements = new();
    private readonly Dictionary<(ISymbol Method, Type Type), System.Reflection.MethodBase?> _methods = new(MethodKeyComparer.Instance);
    private Frame _frame;
    private int _steps;
    private int _callDepth;
    private object? _returnValue;

    public Evaluator(Compilation compilation, SemanticModel model, IMethodSymbol define, CancellationToken cancellation)
    {
        _compilation = compilation;
        _cancellation = cancellation;
        _models[model.SyntaxTree] = model;
        _frame = new Frame(null, define, null);
    }

    /// <summary>Runs a method body (Define's) and gives what it returns.</summary>
    public object? Run(IMethodBodyOperation body)
    {
        Execute(body.BlockBody ?? body.ExpressionBody!);
        return _returnValue;
    }

    /// <summary>The semantic model of a tree of the compilation (a helper may live in another file).</summary>
    private SemanticModel ModelOf(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model)) _models[tree] = model = EvaluationModels.For(_compilation, tree);
        return model;
    }

    private IOperation? OperationOf(SyntaxNode node) => ModelOf(node.SyntaxTree).GetOperation(node, _cancellation);

    /// <summary>Counts one step of the evaluation against the budget.</summary>
    private void Step(IOperation at)
    {
        if (++_steps <= MaxSteps)
        {
            if ((_steps & 0x3FF) == 0) _cancellation.ThrowIfCancellationRequested();
            return;
        }
        var where = _loops.Count > 0 ? _loops.Peek() : at;
        throw Fail(DiagnosticDescriptors.EvaluationLimit, LoopHeader(where),
            $"Evaluating Define() took more than {MaxSteps:N0} steps",
            _loops.Count > 0 ? "this loop may never end, or it builds far more states than a state machine can hold (AWS allows 10,000)" : "a loop or recursion in it may never end");
    }

    private static SyntaxNode LoopHeader(IOperation loop) => loop.Syntax switch
    {
        Microsoft.CodeAnalysis.CSharp.Syntax.WhileStatementSyntax w => w.Condition,
        Microsoft.CodeAnalysis.CSharp.Syntax.DoStatementSyntax d => d.Condition,
        Microsoft.CodeAnalysis.CSharp.Syntax.ForEachStatementSyntax f => f.Expression,
        Microsoft.CodeAnalysis.CSharp.Syntax.ForEachVariableStatementSyntax f => f.Expression,
        Microsoft.CodeAnalysis.CSharp.Syntax.ForStatementSyntax f => (SyntaxNode?)f.Condition ?? f,
        var other => other,
    };

    /// <summary>Child machines started by StartExecution&lt;T&gt;, by the builder that starts them.</summary>
    public IReadOnlyDictionary<object, ChildMachine> Children => _children;

    private EvaluationException Fail(DiagnosticDescriptor descriptor, IOperation at, params object[] args) => Fail(descriptor, at.Syntax, args);

    private EvaluationException Fail(DiagnosticDescriptor descriptor, SyntaxNode at, params object[] args) =>
        new(DiagnosticInfo.Create(descriptor, LocationInfo.From(at), args));

    /// <summary>ASL0001 on <paramref name="at"/>: it cannot be evaluated, and why.</summary>
    private EvaluationException NotEvaluable(IOperation at, string reason) =>
        Fail(DiagnosticDescriptors.NotCompileTimeConstant, at, Describe(at.Syntax), reason);

    /// <summary>ASL0010 on <paramref name="at"/>: a construct the evaluator does not run.</summary>
    private EvaluationException Unsupported(IOperation at, string construct, string advice) =>
        Fail(DiagnosticDescriptors.UnsupportedSyntax, at, construct + " (" + Describe(at.Syntax) + ")", advice);

    internal static string Describe(SyntaxNode node)
    {
        var text = node.ToString().Replace("\r", "").Replace("\n", " ");
        while (text.Contains("  ")) text = text.Replace("  ", " ");
        return text.Length > 60 ? text.Substring(0, 57) + "..." : text;
    }

    private static void EnsureStack()
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            throw new StackDepthException();
        }
    }

    /// <summary>The evaluation nested deeper than the thread's stack allows (reported on the innermost call).</summary>
    internal sealed class StackDepthException : Exception
    {
    }

    /// <summary>The code does not compile; the compiler reports that, so the evaluation stops without a diagnostic of its own.</summary>
    internal sealed class InvalidCodeException : Exception
    {
    }

    /// <summary>The CLR type of a type symbol; the Asl API's own (non-generic) types are looked up once per evaluation.</summary>
    private Type? ClrType(ITypeSymbol type, bool erase)
    {
        if (erase || type is not INamedTypeSymbol { IsGenericType: false } || !ClrTypes.IsAsl(type)) return ClrTypes.Map(type, Resolve, erase);
        if (!_types.TryGetValue(type, out var clr)) _types[type] = clr = ClrTypes.Map(type, Resolve, erase);
        return clr;
    }

    /// <summary>The CLR method a call runs on <paramref name="type"/>, looked up once per evaluation.</summary>
    private System.Reflection.MethodBase? ClrMethod(IMethodSymbol method, Type type)
    {
        var key = ((ISymbol)method.OriginalDefinition, type);
        if (!_methods.TryGetValue(key, out var clr)) _methods[key] = clr = ClrTypes.Find(method, type);
        return clr;
    }

    /// <summary>The parameters of the CLR methods calls have run (the generator's own builders and the BCL), shared by all evaluations.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.MethodBase, System.Reflection.ParameterInfo[]> Parameters = new();

    /// <summary>A CLR method's parameters (reflection copies the array on every GetParameters call).</summary>
    private static System.Reflection.ParameterInfo[] ParametersOf(System.Reflection.MethodBase method) =>
        Parameters.GetOrAdd(method, static m => m.GetParameters());

    private sealed class MethodKeyComparer : IEqualityComparer<(ISymbol Method, Type Type)>
    {
        public static readonly MethodKeyComparer Instance = new();

        public bool Equals((ISymbol Method, Type Type) x, (ISymbol Method, Type Type) y) =>
            x.Type == y.Type && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((ISymbol Method, Type Type) obj) => SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 31 + obj.Type.GetHashCode();
    }

    private sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>A [StateMachine] class started by a StartExecution&lt;T&gt; state.</summary>
internal sealed record ChildMachine(string MachineName, ITypeSymbol? InputType, ITypeSymbol ChildType);
