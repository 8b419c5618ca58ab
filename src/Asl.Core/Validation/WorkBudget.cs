using System.Threading;

namespace Asl.Validation;

/// <summary>
/// The last line of defence that keeps one validation bounded: the rules charge units of work as they go (about one
/// per character of text parsed, per node of the definition visited and per character of findings written), and
/// validation stops once <see cref="ValidationOptions.WorkBudget"/> is spent, or the caller cancels. Every rule is
/// meant to be linear or near-linear in the definition, so the budget is generous: no definition AWS accepts comes
/// near it, and it is counted, not timed, so a result never depends on how busy the machine is.
/// </summary>
internal sealed class WorkBudget
{
    private readonly long _limit;
    private readonly CancellationToken _cancellation;

    public WorkBudget(long? limit, CancellationToken cancellation)
    {
        _limit = limit is > 0 ? limit.Value : long.MaxValue;
        _cancellation = cancellation;
    }

    /// <summary>The units charged so far.</summary>
    public long Used { get; private set; }

    /// <summary>The most units allowed.</summary>
    public long Limit => _limit;

    /// <summary>Charges <paramref name="units"/>; throws when the budget is spent or the caller has cancelled.</summary>
    /// <exception cref="WorkBudgetExceededException">The budget is spent.</exception>
    /// <exception cref="System.OperationCanceledException">The caller cancelled.</exception>
    public void Charge(long units)
    {
        Used += units;
        if (Used > _limit) throw new WorkBudgetExceededException();
        _cancellation.ThrowIfCancellationRequested();
    }
}

/// <summary>Unwinds a validation whose <see cref="WorkBudget"/> is spent; <see cref="AslValidator"/> turns it into a finding.</summary>
internal sealed class WorkBudgetExceededException : System.Exception
{
    public WorkBudgetExceededException() : base("The validation work budget is spent.")
    {
    }
}
