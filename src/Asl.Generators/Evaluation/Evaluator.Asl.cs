using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Asl.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary>
    /// A call into the Asl API, run on the builder code compiled into the generator. The builder records the call's
    /// <see cref="SourceOrigin"/> for each field it sets, so a finding lands on the argument that set it.
    /// </summary>
    private object? InvokeAsl(IInvocationOperation operation)
    {
        var method = operation.TargetMethod;
        object? receiver = null;
        if (!method.IsStatic)
        {
            receiver = Evaluate(operation.Instance!);
            if (receiver is null) throw Fail(DiagnosticDescriptors.InvalidWorkflowValue, operation.Instance!, "The builder is null here, so the call would throw at run time");
        }
        if (receiver is not null && method.Parameters.Any(p => IsExpressionTree(p.Type))) return InvokeWithLambdas(operation, receiver);
        if (receiver is StateBuilder state && method.IsGenericMethod && method.Name is "StateInput" or "Result" && method.Parameters.Length == 0)
        {
            // StateInput<T>() and a task's Result<T>(): the type's name, by the internal overload that takes it.
            var declare = state.GetType().GetMethod(method.Name, BindingFlags.Instance | BindingFlags.NonPublic, null, new[] { typeof(string) }, null)!;
            return InvokeBuilder(operation, LocationOf(operation), () => declare.Invoke(state, new object[] { Named(ResolveType(method.TypeArguments[0])) }));
        }
        if (receiver is LambdaInvokeBuilder invoke && method.IsGenericMethod && method.Name == "Returns" && method.Parameters.Length == 0)
        {
            // Returns<T>(): the answer's type and LambdaInvokeResult<T>, named from the compilation.
            var answer = ResolveType(method.TypeArguments[0]);
            var invokeResult = _compilation.GetTypeByMetadataName("Asl.LambdaInvokeResult`1")!.Construct(answer);
            var returns = typeof(LambdaInvokeBuilder).GetMethod("Returns", BindingFlags.Instance | BindingFlags.NonPublic, null, new[] { typeof(string), typeof(string) }, null)!;
            return InvokeBuilder(operation, LocationOf(operation), () => returns.Invoke(invoke, new object[] { Named(answer), Named(invokeResult) }));
        }
        var (arguments, origins) = BindArguments(method, operation.Arguments);
        var origin = OriginOf(operation, method, origins, arguments);

        if (method.IsGenericMethod && method.Name == "StartExecution" && method.ContainingType.Name == "States")
            return StartChildExecution(operation, method, (string)arguments[0]!, origin);

        var type = receiver?.GetType() ?? ClrType(method.ContainingType, erase: false);
        if (type is null || ClrMethod(method, type) is not MethodInfo clr || clr.IsGenericMethodDefinition)
            throw Unsupported(operation, "The Asl method " + method.ToDisplayString(), "report this with the workflow that uses it");
        var parameters = ParametersOf(clr);
        var converted = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++) converted[i] = ToClr(arguments[i], parameters[i].ParameterType, operation);

        var outer = BuilderOrigin.Current;
        BuilderOrigin.Current = origin;
        object? result;
        try
        {
            result = clr.Invoke(receiver, converted);
        }
        catch (Exception e) when (e is not (EvaluationException or OperationCanceledException))
        {
            throw Translate(e, operation, origin.Location);
        }
        finally
        {
            BuilderOrigin.Current = outer;
        }

        if (method.Name == "Input" && receiver is StartExecutionBuilder && _children.TryGetValue(receiver, out var child))
            CheckChildInput(operation, (StartExecutionBuilder)receiver, child);
        if (result is not null && receiver is not null && _children.TryGetValue(receiver, out var started))
            _children[result] = started;
        return result;
    }

    /// <summary>Runs builder code with <see cref="BuilderOrigin"/> set to the call, restoring the outer call's origin afterwards.</summary>
    private object? InvokeBuilder(IOperation operation, SourceOrigin? origin, Func<object?> call)
    {
        var outer = BuilderOrigin.Current;
        BuilderOrigin.Current = origin;
        try
        {
            return Clr(operation, call, origin?.Location);
        }
        finally
        {
            BuilderOrigin.Current = outer;
        }
    }

    /// <summary>The origin of a builder call: its first argument (else the method's name), and where each argument (and array element) is.</summary>
    private SourceOrigin OriginOf(IInvocationOperation operation, IMethodSymbol method, SourceOrigin?[] origins, object?[] arguments)
    {
        SourceOrigin?[]?[]? elements = null;
        for (var i = 0; i < arguments.Length; i++)
            if (arguments[i] is Array array && _elements.TryGetValue(array, out var known)) (elements ??= new SourceOrigin?[]?[arguments.Length])[i] = known;
        SourceOrigin? first = null;
        foreach (var argument in operation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Syntax is not ArgumentSyntax) continue;
            first = origins[argument.Parameter!.Ordinal];
            break;
        }
        var at = first?.As(method.Name)
            ?? new SourceOrigin(operation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name : operation.Syntax, method.Name);
        return new SourceOrigin(at, method.Name, method.Parameters, origins, elements);
    }

    /// <summary>
    /// <c>StartExecution&lt;TChild&gt;(name)</c>: the child's ARN is the substitution named after the child machine,
    /// exactly as the run-time overload computes it; the child's input type is kept for checking <c>Input(...)</c>.
    /// </summary>
    private object? StartChildExecution(IInvocationOperation operation, IMethodSymbol method, string name, SourceOrigin? origin)
    {
        var childType = ResolveType(method.TypeArguments[0]);
        if (childType is ITypeParameterSymbol)
            throw NotEvaluable(operation, "the state machine type is a type parameter the build cannot resolve here");
        var childName = MachineNames.NameOf(childType);
        var builder = InvokeBuilder(operation, origin, () => States.StartExecution(name, "${" + childName + "Arn}"));
        _children[builder!] = new ChildMachine(childName, MachineNames.InputTypeOf(childType), childType);
        if (MachineNames.OutputTypeOf(childType) is { } output && _compilation.GetTypeByMetadataName("Asl.ChildExecution`1") is { } execution)
            ((StartExecutionBuilder)builder!).ChildExecutionType = Named(execution.Construct(output));
        return builder;
    }

    /// <summary>ASL0004: the input given to a child machine must be the child's declared input type; says which member does not fit.</summary>
    private void CheckChildInput(IInvocationOperation operation, StartExecutionBuilder builder, ChildMachine child)
    {
        if (child.InputType is null || child.InputType.SpecialType == SpecialType.System_Object || operation.Arguments.Length == 0) return;
        var argument = operation.Arguments[0].Value;
        while (argument is IConversionOperation { IsImplicit: true } conversion) argument = conversion.Operand;
        var actual = argument.Type;
        if (UnwrapLambda(argument) is { } lambda)
        {
            // A data lambda: what it returns is the child's input.
            argument = BodyOf(lambda);
            while (argument is IConversionOperation { IsImplicit: true } conversion) argument = conversion.Operand;
            actual = lambda.Symbol.ReturnType;
        }
        if (actual is ITypeParameterSymbol parameter) actual = Resolve(parameter);
        if (actual is null) return;
        var classified = _compilation.ClassifyCommonConversion(actual, child.InputType);
        if (classified.IsIdentity || classified.IsImplicit && classified.IsReference) return;
        var input = child.InputType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        throw Fail(DiagnosticDescriptors.WrongChildInput, argument, builder.Name, child.MachineName, input, Mismatch(actual, child.InputType, input));
    }

    /// <summary>What does not fit: the first member the input type lacks or types differently, or the type itself.</summary>
    private string Mismatch(ITypeSymbol actual, ITypeSymbol expected, string expectedName)
    {
        if (!actual.IsAnonymousType) return "it is " + actual.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        var targets = expected.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic).ToList();
        foreach (var member in actual.GetMembers().OfType<IPropertySymbol>())
        {
            var target = targets.FirstOrDefault(t => t.Name == member.Name);
            if (target is null) return $"the anonymous object's member '{member.Name}' is not a property of {expectedName}";
            var conversion = _compilation.ClassifyCommonConversion(member.Type, target.Type);
            if (!conversion.IsImplicit)
                return $"the anonymous object's member '{member.Name}' is {member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}, "
                    + $"but {expectedName}.{target.Name} is {target.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}";
        }
        var given = new HashSet<string>(actual.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name));
        var required = expected.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Constructor && m.DeclaredAccessibility == Accessibility.Public)
            .OrderBy(m => m.Parameters.Length).FirstOrDefault()?.Parameters.Where(p => !p.IsOptional && !given.Contains(p.Name)).Select(p => p.Name).FirstOrDefault();
        return required is not null
            ? $"the anonymous object has no member '{required}', which {expectedName} requires"
            : "it is an anonymous object, which the compiler cannot check against " + expectedName;
    }
}
