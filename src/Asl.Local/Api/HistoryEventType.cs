namespace Asl.Local;

/// <summary>The history event types the local engine records (AWS's names; the member name is the wire value).</summary>
public enum HistoryEventType
{
    /// <summary>ExecutionStarted</summary>
    ExecutionStarted,
    /// <summary>ExecutionSucceeded</summary>
    ExecutionSucceeded,
    /// <summary>ExecutionFailed</summary>
    ExecutionFailed,
    /// <summary>ExecutionAborted</summary>
    ExecutionAborted,
    /// <summary>ExecutionTimedOut</summary>
    ExecutionTimedOut,
    /// <summary>PassStateEntered</summary>
    PassStateEntered,
    /// <summary>PassStateExited</summary>
    PassStateExited,
    /// <summary>TaskStateEntered</summary>
    TaskStateEntered,
    /// <summary>TaskStateExited</summary>
    TaskStateExited,
    /// <summary>TaskStateAborted</summary>
    TaskStateAborted,
    /// <summary>ChoiceStateEntered</summary>
    ChoiceStateEntered,
    /// <summary>ChoiceStateExited</summary>
    ChoiceStateExited,
    /// <summary>WaitStateEntered</summary>
    WaitStateEntered,
    /// <summary>WaitStateExited</summary>
    WaitStateExited,
    /// <summary>WaitStateAborted</summary>
    WaitStateAborted,
    /// <summary>SucceedStateEntered</summary>
    SucceedStateEntered,
    /// <summary>SucceedStateExited</summary>
    SucceedStateExited,
    /// <summary>FailStateEntered</summary>
    FailStateEntered,
    /// <summary>ParallelStateEntered</summary>
    ParallelStateEntered,
    /// <summary>ParallelStateStarted</summary>
    ParallelStateStarted,
    /// <summary>ParallelStateSucceeded</summary>
    ParallelStateSucceeded,
    /// <summary>ParallelStateFailed</summary>
    ParallelStateFailed,
    /// <summary>ParallelStateAborted</summary>
    ParallelStateAborted,
    /// <summary>ParallelStateExited</summary>
    ParallelStateExited,
    /// <summary>MapStateEntered</summary>
    MapStateEntered,
    /// <summary>MapStateStarted</summary>
    MapStateStarted,
    /// <summary>MapStateSucceeded</summary>
    MapStateSucceeded,
    /// <summary>MapStateFailed</summary>
    MapStateFailed,
    /// <summary>MapStateAborted</summary>
    MapStateAborted,
    /// <summary>MapStateExited</summary>
    MapStateExited,
    /// <summary>MapIterationStarted</summary>
    MapIterationStarted,
    /// <summary>MapIterationSucceeded</summary>
    MapIterationSucceeded,
    /// <summary>MapIterationFailed</summary>
    MapIterationFailed,
    /// <summary>MapIterationAborted</summary>
    MapIterationAborted,
    /// <summary>TaskScheduled</summary>
    TaskScheduled,
    /// <summary>TaskStarted</summary>
    TaskStarted,
    /// <summary>TaskSubmitted</summary>
    TaskSubmitted,
    /// <summary>TaskSucceeded</summary>
    TaskSucceeded,
    /// <summary>TaskFailed</summary>
    TaskFailed,
    /// <summary>TaskTimedOut</summary>
    TaskTimedOut,
    /// <summary>LambdaFunctionScheduled</summary>
    LambdaFunctionScheduled,
    /// <summary>LambdaFunctionStarted</summary>
    LambdaFunctionStarted,
    /// <summary>LambdaFunctionSucceeded</summary>
    LambdaFunctionSucceeded,
    /// <summary>LambdaFunctionFailed</summary>
    LambdaFunctionFailed,
    /// <summary>LambdaFunctionTimedOut</summary>
    LambdaFunctionTimedOut,
    /// <summary>EvaluationFailed (a JSONata or path evaluation failed)</summary>
    EvaluationFailed,
}
