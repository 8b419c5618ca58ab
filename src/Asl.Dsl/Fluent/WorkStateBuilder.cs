using System.Collections.Generic;
using System.Linq;
using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>Builders of states that produce a result and can be retried or caught: Task, Parallel, Map.</summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class WorkStateBuilder<TSelf> : FlowStateBuilder<TSelf> where TSelf : WorkStateBuilder<TSelf>
{
    private readonly List<Retrier> _retry = new();
    private readonly List<(Target Next, Catcher Catcher, Template? Output, Template? Assign)> _catch = new();
    private PathOrNull? _resultPath;
    private Template? _resultSelector;

    /// <summary>Creates the builder.</summary>
    protected WorkStateBuilder(string name) : base(name) { }

    /// <summary>JSONPath: the payload template for the input, as given to <see cref="Parameters"/>.</summary>
    internal Template? ParametersTemplate { get; private set; }

    internal override IEnumerable<StateBuilder> Targets() =>
        base.Targets().Concat(_catch.Where(c => c.Next.State is not null).Select(c => c.Next.State!));

    internal override IEnumerable<string> Successors() => base.Successors().Concat(_catch.Select(c => c.Next.Name));

    /// <summary>JSONPath: the payload template for the input (members with dynamic values become <c>.$</c> keys).</summary>
    public TSelf Parameters(object parameters)
    {
        ParametersTemplate = Template.Capture(parameters);
        Record("Parameters");
        return Self;
    }

    /// <summary>JSONPath: reshapes the result before ResultPath applies.</summary>
    public TSelf ResultSelector(object selector)
    {
        _resultSelector = Template.Capture(selector);
        Record("ResultSelector");
        return Self;
    }

    /// <summary>JSONPath: where the result goes in the input (<c>null</c> discards it and keeps the input).</summary>
    public TSelf ResultPath(string? path)
    {
        _resultPath = path is null ? PathOrNull.Null : new PathOrNull(FixedText.Path(path, ".ResultPath(...)")!);
        Record("ResultPath");
        return Self;
    }

    /// <summary>Retries on the given errors (see <see cref="Errors"/>); <c>comment</c> is the retrier's Comment.</summary>
    public TSelf Retry(string[] errorEquals, int? intervalSeconds = null, int? maxAttempts = null, double? backoffRate = null,
        int? maxDelaySeconds = null, JitterStrategy? jitterStrategy = null, string? comment = null)
    {
        if (BuilderOrigin.Current is not null)
        {
            var field = "Retry/" + _retry.Count;
            Record(field);
            RecordErrorNames(field, errorEquals);
            if (intervalSeconds is not null) Record(field + "/IntervalSeconds", nameof(intervalSeconds));
            if (maxAttempts is not null) Record(field + "/MaxAttempts", nameof(maxAttempts));
            if (backoffRate is not null) Record(field + "/BackoffRate", nameof(backoffRate));
            if (maxDelaySeconds is not null) Record(field + "/MaxDelaySeconds", nameof(maxDelaySeconds));
            if (jitterStrategy is not null) Record(field + "/JitterStrategy", nameof(jitterStrategy));
        }
        _retry.Add(new Retrier(FixedText.CheckAll(errorEquals, "An error name").ToEquatableArray())
        {
            IntervalSeconds = intervalSeconds is { } i ? AslJson.Of(i) : null,
            MaxAttempts = maxAttempts is { } m ? AslJson.Of(m) : null,
            BackoffRate = backoffRate is { } b ? AslJson.Of(b) : null,
            MaxDelaySeconds = maxDelaySeconds is { } d ? AslJson.Of(d) : null,
            JitterStrategy = jitterStrategy?.ToString().ToUpperInvariant(),
            Comment = comment is null ? null : FixedText.Check(comment, "A retrier's comment"),
        });
        return Self;
    }

    /// <summary>Retries on one error (see <see cref="Errors"/>).</summary>
    public TSelf Retry(string error, int? intervalSeconds = null, int? maxAttempts = null, double? backoffRate = null,
        int? maxDelaySeconds = null, JitterStrategy? jitterStrategy = null, string? comment = null) =>
        Retry(new[] { error }, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds, jitterStrategy, comment);

    /// <summary>
    /// On the given errors, continues with <paramref name="next"/>. JSONPath: the error output goes to
    /// <paramref name="resultPath"/>; JSONata: <paramref name="output"/> and <paramref name="assign"/> may use <c>$states.errorOutput</c>.
    /// <paramref name="comment"/> is the catcher's Comment. JSONPath: <paramref name="discardError"/> writes
    /// <c>"ResultPath": null</c>, so the handler receives the state's input and the error output is dropped.
    /// </summary>
    public TSelf Catch(string[] errorEquals, StateBuilder next, string? resultPath = null, object? output = null, object? assign = null, string? comment = null, bool discardError = false) =>
        AddCatcher(errorEquals, new Target(next), resultPath, output, assign, comment, discardError);

    /// <summary>On the given errors, continues with the state called <paramref name="next"/>.</summary>
    public TSelf Catch(string[] errorEquals, string next, string? resultPath = null, object? output = null, object? assign = null, string? comment = null, bool discardError = false) =>
        AddCatcher(errorEquals, new Target(next), resultPath, output, assign, comment, discardError);

    /// <summary>On one error, continues with <paramref name="next"/>.</summary>
    public TSelf Catch(string error, StateBuilder next, string? resultPath = null, object? output = null, object? assign = null, string? comment = null, bool discardError = false) =>
        AddCatcher(new[] { error }, new Target(next), resultPath, output, assign, comment, discardError);

    /// <summary>On one error, continues with the state called <paramref name="next"/>.</summary>
    public TSelf Catch(string error, string next, string? resultPath = null, object? output = null, object? assign = null, string? comment = null, bool discardError = false) =>
        AddCatcher(new[] { error }, new Target(next), resultPath, output, assign, comment, discardError);

    private TSelf AddCatcher(string[] errorEquals, Target next, string? resultPath, object? output, object? assign, string? comment, bool discardError)
    {
        if (discardError && resultPath is not null)
            throw new WorkflowDefinitionException(".Catch(...) takes resultPath or discardError: true, not both. discardError writes \"ResultPath\": null (the handler gets the state's input); resultPath places the error output in it.")
            { Origin = BuilderOrigin.For(nameof(discardError)) };
        if (BuilderOrigin.Current is not null)
        {
            var field = "Catch/" + _catch.Count;
            Record(field);
            RecordErrorNames(field, errorEquals);
            Record(field + "/Next", nameof(next));
            if (resultPath is not null) Record(field + "/ResultPath", nameof(resultPath));
            else if (discardError) Record(field + "/ResultPath", nameof(discardError));
        }
        _catch.Add((next, new Catcher(FixedText.CheckAll(errorEquals, "An error name").ToEquatableArray(), next.Name)
        {
            ResultPath = discardError ? PathOrNull.Null : resultPath is null ? null : new PathOrNull(FixedText.Path(resultPath, ".Catch(..., resultPath: ...)")!),
            Comment = comment is null ? null : FixedText.Check(comment, "A catcher's comment"),
        }, output is null ? null : Template.Capture(output), assign is null ? null : Template.Capture(assign)));
        return Self;
    }

    /// <summary>Records where the error names of a Retry or Catch entry came from: the list, and each name where it is known.</summary>
    private void RecordErrorNames(string entry, string[] errorEquals)
    {
        Record(entry + "/ErrorEquals", nameof(errorEquals));
        for (var i = 0; i < errorEquals.Length; i++)
            if (BuilderOrigin.ForElement(nameof(errorEquals), i) is { } origin) Origins[entry + "/ErrorEquals/" + i] = origin;
    }

    /// <summary>The retriers the workflow gave, in order.</summary>
    internal IReadOnlyList<Retrier> Retriers => _retry;

    /// <summary>A retrier the builder adds before the workflow's own (a Lambda invocation's retry of transient service errors), or null.</summary>
    internal virtual Retrier? DefaultRetry => null;

    /// <summary>Applies the work fields.</summary>
    /// <param name="state">The state to complete.</param>
    /// <param name="scope">Its container.</param>
    /// <param name="pointer">Its JSON pointer.</param>
    /// <param name="parameters">False when the caller writes Parameters itself (a Task's request).</param>
    internal T Work<T>(T state, BuildScope scope, string pointer, bool parameters = true) where T : WorkState
    {
        var jsonAta = scope.IsJsonAta(this);
        var catchers = new Catcher[_catch.Count];
        for (var i = 0; i < catchers.Length; i++)
        {
            var (next, catcher, output, assign) = _catch[i];
            var field = "Catch/" + i;
            catchers[i] = catcher with
            {
                Next = scope.Resolve(next),
                Output = scope.Render(output, jsonAta: true, pointer + "/" + field + "/Output", OriginOf(field)),
                Assign = scope.Render(assign, jsonAta, pointer + "/" + field + "/Assign", OriginOf(field)),
            };
        }
        var retry = _retry;
        if (DefaultRetry is { } first)
        {
            // The builder's own retrier comes first, as AWS CDK places it, so that a workflow's States.ALL retrier stays last.
            retry = new List<Retrier>(_retry.Count + 1) { first };
            retry.AddRange(_retry);
            scope.ShiftOrigins(pointer, "Retry", 1);
        }
        return Flow(state, scope, pointer) with
        {
            Parameters = parameters ? Render(ParametersTemplate, scope, pointer, "Parameters", jsonAta: false) : null,
            ResultSelector = Render(_resultSelector, scope, pointer, "ResultSelector", jsonAta: false),
            ResultPath = _resultPath,
            Retry = retry.ToEquatableArray(),
            Catch = EquatableArray<Catcher>.UnsafeWrap(catchers),
        };
    }
}

/// <summary>How retry intervals are randomised.</summary>
public enum JitterStrategy
{
    /// <summary>No jitter.</summary>
    None,
    /// <summary>Full jitter: a random delay between 0 and the computed interval.</summary>
    Full,
}

/// <summary>Error names for Retry and Catch.</summary>
public static partial class Errors
{
    /// <summary>Any error (except States.DataLimitExceeded and States.Runtime).</summary>
    public const string All = ErrorNames.All;
    /// <summary>A task failed.</summary>
    public const string TaskFailed = ErrorNames.TaskFailed;
    /// <summary>A timeout.</summary>
    public const string Timeout = ErrorNames.Timeout;
    /// <summary>A missed heartbeat.</summary>
    public const string HeartbeatTimeout = ErrorNames.HeartbeatTimeout;
    /// <summary>Insufficient privileges.</summary>
    public const string Permissions = ErrorNames.Permissions;
    /// <summary>ResultPath could not be applied.</summary>
    public const string ResultPathMatchFailure = ErrorNames.ResultPathMatchFailure;
    /// <summary>A parameter path could not be resolved.</summary>
    public const string ParameterPathFailure = ErrorNames.ParameterPathFailure;
    /// <summary>A Parallel branch failed.</summary>
    public const string BranchFailed = ErrorNames.BranchFailed;
    /// <summary>No Choice rule matched.</summary>
    public const string NoChoiceMatched = ErrorNames.NoChoiceMatched;
    /// <summary>An intrinsic function failed.</summary>
    public const string IntrinsicFailure = ErrorNames.IntrinsicFailure;
    /// <summary>A JSONata expression failed.</summary>
    public const string QueryEvaluationError = ErrorNames.QueryEvaluationError;
    /// <summary>A distributed Map exceeded its tolerated failures.</summary>
    public const string ExceedToleratedFailureThreshold = ErrorNames.ExceedToleratedFailureThreshold;
}
