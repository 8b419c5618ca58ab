using System.Collections.Generic;

namespace Asl.Build.Metadata;

/// <summary>A Lambda function of the compiled project: a method marked <c>[Asl.LambdaFunction]</c>.</summary>
/// <param name="Name">The placeholder name the definitions use and the function's logical ID.</param>
/// <param name="Handler">The managed runtime's handler string: <c>Assembly::Namespace.Type::Method</c>.</param>
/// <param name="Runtime">The Lambda runtime identifier (for example dotnet10).</param>
/// <param name="TimeoutSeconds">0 when not set.</param>
/// <param name="MemorySize">In MB; 0 when not set.</param>
/// <param name="Actions">IAM actions the function's code calls.</param>
internal sealed record FunctionArtifact(string Name, string Handler, string Runtime, int TimeoutSeconds, int MemorySize, IReadOnlyList<string> Actions);
