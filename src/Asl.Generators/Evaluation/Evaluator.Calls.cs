using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

internal sealed partial class Evaluator
{
    private static readonly HashSet<string> TextJoiningMethods = new(StringComparer.Ordinal)
    {
        "Concat", "Format", "Join", "ToString", "Equals", "op_Equality", "op_Inequality", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Append", "AppendLine", "Insert",
    };

    private object? Invoke(IInvocationOperation operation)
    {
        var method = operation.TargetMethod;
        if (method.ReducedFrom is { } reduced)
        {
            // An extension method called on its receiver: the receiver is its first argument.
            var receiver = Evaluate(operation.Instance!);
            var (rest, restOrigins) = BindArguments(method, operation.Arguments);
            return CallMethod(reduced.Construct(method.TypeArguments.ToArray()), null, new[] { receiver }.Concat(rest).ToArray(),
                new[] { LocationOf(operation.Instance!) }.Concat(restOrigins).ToArray(), operation);
        }
        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            var target = Evaluate(operation.Instance!);
            var (delegateArguments, delegateOrigins) = BindArguments(method, operation.Arguments);
            return target switch
            {
                Closure closure => Call(closure, delegateArguments, delegateOrigins, operation),
                Delegate clr => Clr(operation, () => clr.DynamicInvoke(delegateArguments)),
                _ => throw Fail(DiagnosticDescriptors.InvalidWorkflowValue, operation, "The delegate is null here, so calling it would throw at run time"),
            };
        }
        if (ClrTypes.IsAsl(method)) return InvokeAsl(operation);
        var self = method.IsStatic ? null : operation.Instance is null ? _frame.Self : Evaluate(operation.Instance);
        var (arguments, origins) = BindArguments(method, operation.Arguments);
        return CallMethod(method, self, arguments, origins, operation);
    }

    /// <summary>
    /// The arguments of a call in parameter order (defaults and params arrays included, as Roslyn binds them), and where
    /// each came from.
    /// </summary>
    private (object?[] Values, SourceOrigin?[] Origins) BindArguments(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        var values = new object?[method.Parameters.Length];
        var origins = new SourceOrigin?[method.Parameters.Length];
        foreach (var argument in arguments)
        {
            var ordinal = argument.Parameter?.Ordinal ?? throw new InvalidCodeException();
            values[ordinal] = Evaluate(argument.Value);
            if (argument.ArgumentKind == ArgumentKind.Explicit) origins[ordinal] = LocationOf(argument.Value);
            else if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer.ElementValues: { Length: > 0 } elements })
                origins[ordinal] = Span(elements[0].Syntax, elements[elements.Length - 1].Syntax);
        }
        return (values, origins);
    }

    private static SourceOrigin Span(SyntaxNode first, SyntaxNode last) =>
        new(LocationInfo.From(Location.Create(first.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(first.SpanStart, last.Span.End))));

    /// <summary>Calls a method with evaluated arguments: the user's (interpreted), a local function, or a pure BCL method.</summary>
    private object? CallMethod(IMethodSymbol method, object? self, object?[] arguments, SourceOrigin?[]? origins, IOperation? at)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            if (!_frame.TryGet(method.OriginalDefinition, out var local) || local is not Closure function)
                throw NotEvaluable(at!, "the local function is not declared at this point");
            return Call(function, arguments, origins, at, method);
        }
        var implementation = method.PartialImplementationPart ?? method;
        if (HasSource(implementation.OriginalDefinition))
        {
            var body = BodyOf(implementation.OriginalDefinition, at);
            return Call(new Closure(implementation.OriginalDefinition, body, null), arguments, origins, at, method, self);
        }
        return CallClr(method, self, arguments, at!);
    }

    /// <summary>The body of a method of this compilation.</summary>
    private IOperation BodyOf(IMethodSymbol method, IOperation? at)
    {
        if (method.IsAbstract || method.IsExtern || method.IsVirtual || method.IsOverride)
            throw NotEvaluable(at!, $"'{method.Name}' is {(method.IsAbstract ? "abstract" : method.IsExtern ? "extern" : "virtual")}, so which code runs is decided at run time; call a static or non-virtual method");
        var syntax = method.DeclaringSyntaxReferences.Select(r => r.GetSyntax(_cancellation))
            .FirstOrDefault(s => s is not MethodDeclarationSyntax { Body: null, ExpressionBody: null }) ?? throw new InvalidCodeException();
        var node = syntax switch
        {
            PropertyDeclarationSyntax { ExpressionBody: { } arrow } => arrow,
            IndexerDeclarationSyntax { ExpressionBody: { } arrow } => arrow,
            _ => syntax,
        };
        return OperationOf(node) ?? throw new InvalidCodeException();
    }

    /// <summary>Runs a closure (a lambda, local function, method group or method body) in a frame of its own.</summary>
    private object? Call(Closure closure, object?[] arguments, SourceOrigin?[]? origins, IOperation? at, IMethodSymbol? constructed = null, object? self = null)
    {
        if (closure.Body is null) return CallMethod(closure.Method, self, arguments, origins, at);
        if (++_callDepth > MaxCallDepth)
        {
            _callDepth--;
            throw Fail(DiagnosticDescriptors.EvaluationLimit, at?.Syntax ?? closure.Body.Syntax,
                $"Calls nest more than {MaxCallDepth} levels deep here", "a recursion may never end; give it a base case the build reaches");
        }
        var outer = _frame;
        var frame = new Frame(closure.Captured, closure.Method, self ?? closure.Captured?.Self);
        var parameters = closure.Method.Parameters;
        for (var i = 0; i < parameters.Length; i++)
        {
            frame.Declare(parameters[i], i < arguments.Length ? ConvertValue(arguments[i], parameters[i].Type, closure.Body) : null);
            if (origins is not null && i < origins.Length && origins[i] is { } origin) frame.SetArgumentOrigin(parameters[i], origin);
        }
        if (constructed is not null)
        {
            // A generic method's type parameters, and its generic containing types', resolve to the arguments of this call.
            var definition = constructed.OriginalDefinition;
            for (var i = 0; i < definition.TypeParameters.Length; i++)
                frame.SetTypeArgument(definition.TypeParameters[i], ResolveType(constructed.TypeArguments[i]));
            for (INamedTypeSymbol? type = constructed.ContainingType; type is not null; type = type.ContainingType)
                for (var i = 0; i < type.TypeParameters.Length; i++)
                    frame.SetTypeArgument(type.OriginalDefinition.TypeParameters[i], ResolveType(type.TypeArguments[i]));
        }
        _frame = frame;
        var returned = _returnValue;
        try
        {
            _returnValue = null;
            switch (closure.Body)
            {
                case IMethodBodyBaseOperation body:
                    Execute((IOperation?)body.BlockBody ?? body.ExpressionBody!);
                    break;
                case IBlockOperation block:
                    Execute(block);
                    break;
                default:
                    _returnValue = Evaluate(closure.Body);
                    break;
            }
            return _returnValue;
        }
        finally
        {
            _returnValue = returned;
            _frame = outer;
            _callDepth--;
        }
    }

    /// <summary>A pure BCL method, run for real.</summary>
    private object? CallClr(IMethodSymbol method, object? self, object?[] arguments, IOperation at)
    {
        if (Refusals.For(method) is { } refusal) throw NotEvaluable(at, refusal);
        switch (self)
        {
            case EnumValue e when method.Name == "ToString" && arguments.Length == 0:
                return e.ToString();
            case EnumValue e when method.Name == "HasFlag" && arguments.Length == 1:
                var flag = arguments[0] is EnumValue other ? other.Value : 0;
                return (e.Value & flag) == flag;
            case EnumValue or UserObject or TupleValue or Closure:
                throw NotEvaluable(at, $"'{method.Name}' of this value runs code the build does not have; {(method.Name == "ToString" ? "write the members you want instead" : "compare or combine the values themselves")}");
        }
        if (!ClrTypes.IsPure(method.ContainingType) && !(self is not null && method.ContainingType.SpecialType == SpecialType.System_Object))
            throw NotEvaluable(at, ForeignCode(method));
        if (method.Name == "ToString" && self is not null && !(arguments.Length > 0 && arguments[arguments.Length - 1] is IFormatProvider))
            return Format(self, arguments.Length > 0 ? arguments[0] as string : null, (at as IInvocationOperation)?.Instance ?? at);
        if (method.ContainingType.SpecialType == SpecialType.System_String && !TextJoiningMethods.Contains(method.Name)
            && (self is string s && DynamicValue.IsDynamic(s) || arguments.Any(a => a is string t && DynamicValue.IsDynamic(t))))
            throw NotEvaluable(at, $"string.{method.Name} would change the text of a dynamic value (its path), not the value the workflow reads at run time; "
                + "transform run-time values with Intrinsic.* in JSONPath or a JSONata expression");

        var declaring = method.IsStatic || method.ContainingType.TypeKind == TypeKind.Interface || self is null
            ? ClrTypes.Map(method.ContainingType, Resolve, erase: true)
            : self.GetType();
        if (declaring is null || ClrMethod(method, declaring) is not MethodInfo clr)
            throw NotEvaluable(at, $"the build found no {method.ContainingType.Name}.{method.Name} overload it can call");
        if (clr.IsGenericMethodDefinition)
        {
            try
            {
                clr = clr.MakeGenericMethod(method.TypeArguments.Select(t => ClrTypes.Map(ResolveType(t), Resolve)!).ToArray());
            }
            catch (ArgumentException)
            {
                throw NotEvaluable(at, $"{method.ContainingType.Name}.{method.Name} cannot run on the build's stand-ins for this project's types");
            }
        }
        var parameters = clr.GetParameters();
        var converted = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++) converted[i] = ToClr(arguments[i], parameters[i].ParameterType, at);
        return Clr(at, () => clr.Invoke(self, converted));
    }

    /// <summary>
    /// A CLR delegate of <paramref name="type"/> that runs <paramref name="closure"/> in this evaluator, for a builder
    /// (<c>.Branch(b =&gt; ...)</c>) or a BCL method (<c>Select(x =&gt; ...)</c>) to call.
    /// </summary>
    private Delegate MakeDelegate(Closure closure, Type type, IOperation at)
    {
        var invoke = type.GetMethod("Invoke")!;
        var parameterTypes = invoke.GetParameters().Select(p => p.ParameterType).ToArray();
        var returnsValue = invoke.ReturnType != typeof(void);
        var name = (returnsValue ? "Func" : "Action") + parameterTypes.Length;
        var thunkMethod = typeof(Thunk).GetMethod(name)
            ?? throw Unsupported(at, "A lambda of " + parameterTypes.Length + " parameters given to this method", "use a lambda of at most 4 parameters");
        var typeArguments = returnsValue ? parameterTypes.Append(invoke.ReturnType).ToArray() : parameterTypes;
        var target = thunkMethod.IsGenericMethodDefinition ? thunkMethod.MakeGenericMethod(typeArguments) : thunkMethod;
        return Delegate.CreateDelegate(type, new Thunk(this, closure, at), target);
    }

    /// <summary>The target of the delegates <see cref="MakeDelegate"/> makes.</summary>
    private sealed class Thunk
    {
        private readonly Evaluator _evaluator;
        private readonly Closure _closure;
        private readonly IOperation _at;

        public Thunk(Evaluator evaluator, Closure closure, IOperation at)
        {
            _evaluator = evaluator;
            _closure = closure;
            _at = at;
        }

        private TResult Run<TResult>(params object?[] arguments) => (TResult)_evaluator.ToClr(_evaluator.Call(_closure, arguments, null, _at), typeof(TResult), _at)!;

        public TResult Func0<TResult>() => Run<TResult>();

        public TResult Func1<T1, TResult>(T1 a) => Run<TResult>(a);

        public TResult Func2<T1, T2, TResult>(T1 a, T2 b) => Run<TResult>(a, b);

        public TResult Func3<T1, T2, T3, TResult>(T1 a, T2 b, T3 c) => Run<TResult>(a, b, c);

        public TResult Func4<T1, T2, T3, T4, TResult>(T1 a, T2 b, T3 c, T4 d) => Run<TResult>(a, b, c, d);

        public void Action0() => _evaluator.Call(_closure, Array.Empty<object?>(), null, _at);

        public void Action1<T1>(T1 a) => _evaluator.Call(_closure, new object?[] { a }, null, _at);

        public void Action2<T1, T2>(T1 a, T2 b) => _evaluator.Call(_closure, new object?[] { a, b }, null, _at);

        public void Action3<T1, T2, T3>(T1 a, T2 b, T3 c) => _evaluator.Call(_closure, new object?[] { a, b, c }, null, _at);
    }
}
