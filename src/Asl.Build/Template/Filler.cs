namespace Asl.Build.Template;

/// <summary>What fills a <c>${Placeholder}</c> in the template: a resource of the template, a parameter, or a fixed value.</summary>
internal abstract record Filler
{
    private Filler() { }

    /// <summary>A state machine of the template: <c>!Ref</c> gives its ARN, <c>.Name</c> its name.</summary>
    public sealed record Machine(string LogicalId) : Filler;

    /// <summary>A Lambda function of the template: <c>.Arn</c> gives its ARN.</summary>
    public sealed record Function(string LogicalId) : Filler;

    /// <summary>A template parameter the deployer passes.</summary>
    public sealed record Parameter(string LogicalId) : Filler;

    /// <summary>A value given when the template was written (<c>asl template --substitution NAME=VALUE</c>).</summary>
    public sealed record Value(string Text) : Filler;
}
