using System.Collections;
using Asl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary>How a statement ended.</summary>
    private enum Completion
    {
        Normal,
        Break,
        Continue,
        Return,
    }

    private Completion Execute(IOperation statement)
    {
        Step(statement);
        EnsureStack();
        switch (statement)
        {
            case IBlockOperation block:
                return InScope(() =>
                {
                    foreach (var inner in block.Operations)
                    {
                        var completion = Execute(inner);
                        if (completion != Completion.Normal) return completion;
                    }
                    return Completion.Normal;
                });
            case IExpressionStatementOperation expression:
                Evaluate(expression.Operation);
                return Completion.Normal;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer ?? declaration.Initializer;
                        _frame.Declare(declarator.Symbol, initializer is null ? DefaultOf(declarator.Symbol.Type) : ConvertValue(Evaluate(initializer.Value), declarator.Symbol.Type, declarator));
                    }
                return Completion.Normal;
            case IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak }:
                throw Unsupported(statement, "An iterator (yield)", "build the collection in a list and return it");
            case IReturnOperation @return:
                _returnValue = @return.ReturnedValue is null ? null : Evaluate(@return.ReturnedValue);
                return Completion.Return;
            case IConditionalOperation conditional:
                if (IsTrue(conditional.Condition)) return Execute(conditional.WhenTrue);
                return conditional.WhenFalse is null ? Completion.Normal : Execute(conditional.WhenFalse);
            case IForEachLoopOperation forEach:
                return ForEach(forEach);
            case IForLoopOperation @for:
                return For(@for);
            case IWhileLoopOperation @while:
                return While(@while);
            case ISwitchOperation @switch:
                return Switch(@switch);
            case IBranchOperation { BranchKind: BranchKind.Break }:
                return Completion.Break;
            case IBranchOperation { BranchKind: BranchKind.Continue }:
                return Completion.Continue;
            case ILocalFunctionOperation local:
                _frame.Declare(local.Symbol, new Closure(local.Symbol, local.Body ?? local.IgnoredBody, _frame));
                return Completion.Normal;
            case IEmptyOperation:
                return Completion.Normal;
            case IThrowOperation @throw:
                throw Thrown(@throw);
            case IInvalidOperation:
                throw new InvalidCodeException();
            case ITryOperation:
                throw Unsupported(statement, "try/catch/finally", "Define() cannot catch what the build reports; remove the try, so a mistake becomes a diagnostic");
            case IUsingOperation or ILockOperation:
                throw Unsupported(statement, "using and lock", "Define() needs no resources; remove the statement");
            case IBranchOperation or ILabeledOperation:
                throw Unsupported(statement, "goto and labels", "use a loop, if or switch");
            default:
                Evaluate(statement);
                return Completion.Normal;
        }
    }

    /// <summary>Runs <paramref name="body"/> with fresh locals (a block's, a loop iteration's), as C# scopes them for lambdas.</summary>
    private Completion InScope(System.Func<Completion> body)
    {
        var outer = _frame;
        _frame = new Frame(outer, outer.Method, outer.Self);
        try
        {
            return body();
        }
        finally
        {
            _frame = outer;
        }
    }

    private Completion ForEach(IForEachLoopOperation loop)
    {
        var collection = Evaluate(loop.Collection is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : loop.Collection);
        if (collection is not IEnumerable items)
            throw NotEvaluable(loop.Collection, collection is null ? "it is null, so the loop would throw at run time" : "it is not a collection the build can enumerate");
        _loops.Push(loop);
        try
        {
            foreach (var item in items)
            {
                var completion = InScope(() =>
                {
                    switch (loop.LoopControlVariable)
                    {
                        case IVariableDeclaratorOperation declarator:
                            _frame.Declare(declarator.Symbol, ConvertValue(item, declarator.Symbol.Type, declarator));
                            break;
                        case var target:
                            Deconstruct(target, item, loop);
                            break;
                    }
                    return Execute(loop.Body);
                });
                if (completion == Completion.Return) return completion;
                if (completion == Completion.Break) break;
            }
            return Completion.Normal;
        }
        finally
        {
            _loops.Pop();
        }
    }

    private Completion For(IForLoopOperation loop) => InScope(() =>
    {
        foreach (var before in loop.Before) Execute(before);
        _loops.Push(loop);
        try
        {
            while (loop.Condition is null || IsTrue(loop.Condition))
            {
                var completion = InScope(() => Execute(loop.Body));
                if (completion == Completion.Return) return completion;
                if (completion == Completion.Break) break;
                foreach (var step in loop.AtLoopBottom) Execute(step);
            }
            return Completion.Normal;
        }
        finally
        {
            _loops.Pop();
        }
    });

    private Completion While(IWhileLoopOperation loop)
    {
        _loops.Push(loop);
        try
        {
            var first = true;
            while (true)
            {
                if ((loop.ConditionIsTop || !first) && loop.Condition is not null && IsTrue(loop.Condition) == loop.ConditionIsUntil) break;
                first = false;
                var completion = InScope(() => Execute(loop.Body));
                if (completion == Completion.Return) return completion;
                if (completion == Completion.Break) break;
            }
            return Completion.Normal;
        }
        finally
        {
            _loops.Pop();
        }
    }

    private Completion Switch(ISwitchOperation operation)
    {
        var value = Evaluate(operation.Value);
        ISwitchCaseOperation? chosen = null;
        ISwitchCaseOperation? fallback = null;
        foreach (var @case in operation.Cases)
        {
            foreach (var clause in @case.Clauses)
            {
                var matches = clause switch
                {
                    IDefaultCaseClauseOperation => false,
                    ISingleValueCaseClauseOperation single => ValueEquals(value, ConvertValue(Evaluate(single.Value), operation.Value.Type, single)),
                    IPatternCaseClauseOperation pattern => Matches(pattern.Pattern, value) && (pattern.Guard is null || IsTrue(pattern.Guard)),
                    _ => throw Unsupported(clause, "This case clause", "use case values, patterns and default"),
                };
                if (clause is IDefaultCaseClauseOperation) fallback ??= @case;
                if (!matches) continue;
                chosen = @case;
                break;
            }
            if (chosen is not null) break;
        }
        chosen ??= fallback;
        if (chosen is null) return Completion.Normal;
        foreach (var statement in chosen.Body)
        {
            var completion = Execute(statement);
            if (completion == Completion.Break) return Completion.Normal;
            if (completion != Completion.Normal) return completion;
        }
        return Completion.Normal;
    }
}
