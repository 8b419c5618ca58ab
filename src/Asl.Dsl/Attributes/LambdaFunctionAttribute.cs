using System;

namespace Asl;

/// <summary>
/// Declares a method as the handler of a Lambda function that the project's state machines call. The build's SAM
/// template then declares the function itself (an <c>AWS::Serverless::Function</c> on the managed .NET runtime,
/// with this method as its handler) instead of asking for its ARN as a parameter, and fills every
/// <c>${Name}</c> placeholder of the definitions with the function's ARN.
/// </summary>
/// <remarks>
/// The managed runtime calls the method without a serializer, so it takes the event as a <see cref="System.IO.Stream"/>
/// and returns a <see cref="System.IO.Stream"/>, <c>Task&lt;Stream&gt;</c>, <c>Task</c> or nothing; an instance
/// method's class needs a public parameterless constructor. The template's function code is the build output
/// folder (see the <c>AslFunctionCodeUri</c> setting in docs/deploy.md).
/// </remarks>
/// <param name="name">The function's name in the definitions (<c>${Name}</c>) and its logical ID in the template:
/// letters and digits only.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LambdaFunctionAttribute(string name) : Attribute
{
    /// <summary>The placeholder name and the template's logical ID of the function.</summary>
    public string Name { get; } = name;

    /// <summary>The Lambda runtime identifier; <c>dotnet10</c> unless set.</summary>
    public string Runtime { get; set; } = "dotnet10";

    /// <summary>The function's timeout in seconds; 0 keeps Lambda's default (3 seconds).</summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>The function's memory in MB; 0 keeps Lambda's default (128 MB).</summary>
    public int MemorySize { get; set; }

    /// <summary>
    /// IAM actions the function's own code calls (for example <c>states:SendTaskSuccess</c> to complete a
    /// <c>.waitForTaskToken</c> task), granted on all resources; the template always adds the basic execution
    /// role for its logs.
    /// </summary>
    public string[]? Actions { get; set; }
}
