using System;
using System.Reflection;
using Asl.Model;

namespace Asl;

/// <summary>
/// Entry points of the fluent API, meant for <c>using static Asl.States;</c>: one method per state type and
/// per service integration. Each takes the state's name.
/// </summary>
public static partial class States
{
    /// <summary>A Pass state.</summary>
    public static PassBuilder Pass(string name) => new(name);

    /// <summary>
    /// A Task state for any resource ARN, <c>arn:aws:states:::aws-sdk:service:action</c> or <c>${Placeholder}</c>; give its
    /// request with <c>.Request(...)</c>, written as Parameters or Arguments for the state's query language.
    /// </summary>
    public static TaskBuilder Task(string name, string resource) => new(name, resource);

    /// <summary>
    /// A Task that calls an AWS SDK action (<c>arn:aws:states:::aws-sdk:service:action</c>); give the action's parameters
    /// with <c>.Request(...)</c>, written as Parameters or Arguments for the state's query language.
    /// </summary>
    public static TaskBuilder AwsSdk(string name, string service, string action, IntegrationPattern pattern = IntegrationPattern.RequestResponse) =>
        new(name, "arn:aws:states:::aws-sdk:" + service + ":" + action + IntegrationPatterns.Suffix(pattern));


    /// <summary>A Choice state.</summary>
    public static ChoiceBuilder Choice(string name) => new(name);

    /// <summary>A Wait state.</summary>
    public static WaitBuilder Wait(string name) => new(name);

    /// <summary>A Succeed state.</summary>
    public static SucceedBuilder Succeed(string name) => new(name);

    /// <summary>A Fail state.</summary>
    public static FailBuilder Fail(string name) => new(name);

    /// <summary>A Parallel state.</summary>
    public static ParallelBuilder Parallel(string name) => new(name);

    /// <summary>A Map state.</summary>
    public static MapBuilder Map(string name) => new(name);

    /// <summary>A Task that invokes a Lambda function (name, ARN or <c>${Placeholder}</c>).</summary>
    public static LambdaInvokeBuilder LambdaInvoke(string name, string functionName) => new(name, functionName);

    /// <summary>A Task that starts the state machine with this ARN (or <c>${Placeholder}</c>).</summary>
    public static StartExecutionBuilder StartExecution(string name, string stateMachineArn) => new(name, stateMachineArn);

    /// <summary>
    /// A Task that starts the <c>[StateMachine]</c> class <typeparamref name="TChild"/>; its ARN is the
    /// substitution <c>${ChildNameArn}</c>, which the generated template wires to the child machine.
    /// </summary>
    public static StartExecutionBuilder StartExecution<TChild>(string name) where TChild : IStateMachine =>
        new(name, "${" + StateMachineNames.Of(typeof(TChild)) + "Arn}")
        {
            ChildExecutionType = System.Array.Find(typeof(TChild).GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStateMachine<,>)) is { } typed
                ? DataMethods.TypeName(typeof(ChildExecution<>).MakeGenericType(typed.GetGenericArguments()[1]))
                : null,
        };
}

/// <summary>Run-time access to <c>[StateMachine]</c> classes.</summary>
public static class StateMachineDefinitions
{
    /// <summary>
    /// Runs the class's <c>Define()</c> and builds its model with the attribute's settings: the same model the
    /// generator wrote into the class's <c>Definition</c> constant.
    /// </summary>
    /// <remarks>A class defined by a definition file (<see cref="StateMachineAttribute.DefinitionFile"/>) has no Define(): its
    /// model is read from the <c>Definition</c> constant the generator wrote from that file.</remarks>
    /// <exception cref="WorkflowDefinitionException">The class has no usable Define() or definition.</exception>
    public static StateMachine Build(Type machineClass)
    {
        if (machineClass.GetCustomAttribute<StateMachineAttribute>()?.DefinitionFile is { } file)
        {
            var definition = machineClass.GetField("Definition", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
            return (definition is { Length: > 0 } ? Json.AslReader.Read(definition).Machine : null)
                ?? throw new WorkflowDefinitionException($"'{machineClass.Name}' has no generated definition from '{file}'; build the project and fix the errors the build reports.");
        }
        var define = machineClass.GetMethod("Define", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, null, Type.EmptyTypes, null);
        if (define?.Invoke(null, null) is not Workflow workflow)
            throw new WorkflowDefinitionException($"'{machineClass.Name}' has no static Define() returning a Workflow.");
        return workflow.Build(machineClass.GetCustomAttribute<StateMachineAttribute>());
    }
}

/// <summary>Names of <c>[StateMachine]</c> classes.</summary>
public static class StateMachineNames
{
    /// <summary>The machine's name: the attribute's Name, else the class name.</summary>
    public static string Of(Type type)
    {
        var attribute = type.GetCustomAttribute<StateMachineAttribute>();
        return attribute?.Name is { Length: > 0 } name ? name : type.Name;
    }
}
