namespace Asl.Permissions;

/// <summary>How an <see cref="ArnPattern"/> names its resources.</summary>
public enum ArnPatternKind
{
    /// <summary>Every resource: <c>*</c>.</summary>
    Any,

    /// <summary>
    /// An ARN (or condition value) in <c>Fn::Sub</c> form: literal text, the stack's <c>${AWS::Partition}</c>,
    /// <c>${AWS::Region}</c> and <c>${AWS::AccountId}</c>, and the definition's own <c>${Placeholder}</c>s.
    /// </summary>
    Text,

    /// <summary>The executions of the state machine whose ARN <see cref="ArnPattern.Value"/> holds (a literal or a <c>${Placeholder}</c>).</summary>
    ExecutionsOf,

    /// <summary>The ARN of the Amazon SQS queue whose URL the <c>${Placeholder}</c> in <see cref="ArnPattern.Value"/> holds.</summary>
    QueueOfUrl,

    /// <summary>The state machine being deployed (known only once it exists).</summary>
    ThisStateMachine,

    /// <summary>
    /// Executions of the state machine being deployed: <see cref="ArnPattern.Value"/> is what follows the machine's name
    /// in the execution ARN (<c>:*</c> for its own executions, <c>/LABEL:*</c> for the children of a Map Run).
    /// </summary>
    ExecutionsOfThisStateMachine,
}

/// <summary>
/// A resource of an IAM statement, or a condition value, as the definition determines it. The template writer
/// turns each into CloudFormation (a string, <c>!Sub</c>, <c>!Ref</c> or <c>!GetAtt</c> of what fills a placeholder).
/// </summary>
/// <param name="Kind">How the value is to be read.</param>
/// <param name="Value">The text, for <see cref="ArnPatternKind.Text"/>, <see cref="ArnPatternKind.ExecutionsOf"/> and <see cref="ArnPatternKind.QueueOfUrl"/>.</param>
public sealed record ArnPattern(ArnPatternKind Kind, string Value)
{
    /// <summary>Why the pattern is wider than one named resource (a wildcard), written beside it in the template; null when it is not.</summary>
    public string? Comment { get; init; }

    /// <summary><c>*</c>.</summary>
    public static ArnPattern Any { get; } = new(ArnPatternKind.Any, "*");

    /// <summary>The state machine being deployed.</summary>
    public static ArnPattern ThisStateMachine { get; } = new(ArnPatternKind.ThisStateMachine, "");

    /// <summary>The executions of the state machine being deployed.</summary>
    public static ArnPattern ExecutionsOfThisStateMachine { get; } = new(ArnPatternKind.ExecutionsOfThisStateMachine, ":*");

    /// <summary>
    /// The child executions a distributed Map of the machine being deployed starts: <c>execution:NAME/LABEL:*</c>, or
    /// <c>execution:NAME/*</c> when the Map has no <c>Label</c> (Step Functions then makes one up).
    /// </summary>
    public static ArnPattern MapRunChildrenOfThisStateMachine(string? label) =>
        label is null
            ? new ArnPattern(ArnPatternKind.ExecutionsOfThisStateMachine, "/*") { Comment = "the Map has no Label, so Step Functions labels its Map Runs" }
            : new ArnPattern(ArnPatternKind.ExecutionsOfThisStateMachine, "/" + label + ":*");

    /// <summary>A literal ARN or an <c>Fn::Sub</c> template (see <see cref="ArnPatternKind.Text"/>).</summary>
    public static ArnPattern Text(string value) => new(ArnPatternKind.Text, value);

    /// <summary>
    /// An ARN in the stack's own partition, Region and account:
    /// <c>arn:${AWS::Partition}:SERVICE:${AWS::Region}:${AWS::AccountId}:RESOURCE</c>.
    /// </summary>
    public static ArnPattern InStack(string service, string resource) =>
        Text("arn:${AWS::Partition}:" + service + ":${AWS::Region}:${AWS::AccountId}:" + resource);

    /// <summary>An ARN in the stack's partition and account, of a service without Regions (IAM): <c>arn:${AWS::Partition}:SERVICE::${AWS::AccountId}:RESOURCE</c>.</summary>
    public static ArnPattern InAccount(string service, string resource) =>
        Text("arn:${AWS::Partition}:" + service + "::${AWS::AccountId}:" + resource);

    /// <summary>The same pattern with a comment saying why it is wide.</summary>
    public ArnPattern Because(string comment) => this with { Comment = comment };

    /// <summary>True when the pattern names the machine being deployed, so it can only be granted once that machine exists.</summary>
    public bool IsSelfReference => Kind is ArnPatternKind.ThisStateMachine or ArnPatternKind.ExecutionsOfThisStateMachine;

    /// <summary>Compares kind and value only: two patterns naming the same resources are one resource, whatever their comments.</summary>
    public bool SameResource(ArnPattern other) => Kind == other.Kind && Value == other.Value;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ArnPatternKind.Any or ArnPatternKind.Text => Value,
        ArnPatternKind.ThisStateMachine => "(this state machine)",
        ArnPatternKind.ExecutionsOfThisStateMachine => "(executions " + Value + " of this state machine)",
        _ => Kind + "(" + Value + ")",
    };
}
