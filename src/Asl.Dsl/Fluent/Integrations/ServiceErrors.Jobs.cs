namespace Asl;

// Sources: the request of a job is a service call, so its errors are ServiceName.ExceptionName from the API reference
// (naming rule: https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html). With .sync, a job
// that ends unsuccessfully fails the task with States.TaskFailed (Errors.TaskFailed) and the job's description as the
// cause: recorded by AWS for ECS in localstack's tests/aws/services/stepfunctions/v2/services/test_ecs_task_service
// .snapshot.json (test_run_task_sync_raise_failure) and for Step Functions in test_sfn_task_service.snapshot.json.
public static partial class Errors
{
    /// <summary>
    /// Errors of <c>ecs:runTask</c> (<see cref="EcsRunTaskBuilder"/>), from the RunTask API
    /// (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html). With <c>.sync</c>, a task that stops
    /// with a non-zero exit code or fails to start is <see cref="TaskFailed"/>, its cause the task's description.
    /// </summary>
    public static class ECS
    {
        /// <summary>A parameter is invalid (for example a task definition that does not exist).</summary>
        public const string InvalidParameterException = "ECS.InvalidParameterException";
        /// <summary>The cluster does not exist.</summary>
        public const string ClusterNotFoundException = "ECS.ClusterNotFoundException";
        /// <summary>The role may not run the task.</summary>
        public const string AccessDeniedException = "ECS.AccessDeniedException";
        /// <summary>The platform version is unknown.</summary>
        public const string PlatformUnknownException = "ECS.PlatformUnknownException";
        /// <summary>ECS failed on the client's side (for example no capacity to place the task).</summary>
        public const string ClientException = "ECS.ClientException";
        /// <summary>ECS failed internally: retry.</summary>
        public const string ServerException = "ECS.ServerException";
        /// <summary>Any other ECS error.</summary>
        public const string AmazonECSException = "ECS.AmazonECSException";
    }

    /// <summary>
    /// Errors of <c>batch:submitJob</c> (<see cref="BatchSubmitJobBuilder"/>), from the SubmitJob API
    /// (https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html). With <c>.sync</c>, a job that ends
    /// FAILED is <see cref="TaskFailed"/>, its cause the job's description.
    /// </summary>
    public static class Batch
    {
        /// <summary>The request is invalid (for example a job queue or definition that does not exist).</summary>
        public const string ClientException = "Batch.ClientException";
        /// <summary>Batch failed internally: retry.</summary>
        public const string ServerException = "Batch.ServerException";
    }

    /// <summary>
    /// Errors of <c>glue:startJobRun</c> (<see cref="GlueStartJobRunBuilder"/>), from the StartJobRun API
    /// (https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun). With
    /// <c>.sync</c>, a run that ends FAILED, TIMEOUT or STOPPED is <see cref="TaskFailed"/>, its cause the job run.
    /// </summary>
    public static class Glue
    {
        /// <summary>The job already runs as many times at once as it may: retry.</summary>
        public const string ConcurrentRunsExceededException = "Glue.ConcurrentRunsExceededException";
        /// <summary>The job does not exist.</summary>
        public const string EntityNotFoundException = "Glue.EntityNotFoundException";
        /// <summary>An input is invalid.</summary>
        public const string InvalidInputException = "Glue.InvalidInputException";
        /// <summary>Glue failed internally: retry.</summary>
        public const string InternalServiceException = "Glue.InternalServiceException";
        /// <summary>The call timed out: retry.</summary>
        public const string OperationTimeoutException = "Glue.OperationTimeoutException";
        /// <summary>A resource limit was reached.</summary>
        public const string ResourceNumberLimitExceededException = "Glue.ResourceNumberLimitExceededException";
    }

    /// <summary>
    /// Errors of <c>athena:startQueryExecution</c> (<see cref="AthenaStartQueryExecutionBuilder"/>), from the
    /// StartQueryExecution API (https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html). With
    /// <c>.sync</c>, a query that ends FAILED or CANCELLED is <see cref="TaskFailed"/>, its cause the query execution.
    /// </summary>
    public static class Athena
    {
        /// <summary>The request is invalid (for example a query that does not parse, or a work group that does not exist).</summary>
        public const string InvalidRequestException = "Athena.InvalidRequestException";
        /// <summary>Too many queries at once: retry.</summary>
        public const string TooManyRequestsException = "Athena.TooManyRequestsException";
        /// <summary>Athena failed internally: retry.</summary>
        public const string InternalServerException = "Athena.InternalServerException";
    }

    /// <summary>
    /// Errors of <c>codebuild:startBuild</c> (<see cref="CodeBuildStartBuildBuilder"/>), from the StartBuild API
    /// (https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html). With <c>.sync</c>, a build that
    /// ends FAILED, FAULT, TIMED_OUT or STOPPED is <see cref="TaskFailed"/>, its cause the build.
    /// </summary>
    public static class CodeBuild
    {
        /// <summary>The account runs as many builds as it may: retry.</summary>
        public const string AccountLimitExceededException = "CodeBuild.AccountLimitExceededException";
        /// <summary>An input is invalid.</summary>
        public const string InvalidInputException = "CodeBuild.InvalidInputException";
        /// <summary>The project does not exist.</summary>
        public const string ResourceNotFoundException = "CodeBuild.ResourceNotFoundException";
    }

    /// <summary>
    /// Errors of <c>states:startExecution</c> (<see cref="StartExecutionBuilder"/>), from the StartExecution API
    /// (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html). With <c>.sync</c> or
    /// <c>.sync:2</c>, a child that fails, times out or is aborted is <see cref="TaskFailed"/>, its cause the child's
    /// description (recorded).
    /// </summary>
    public static class StepFunctions
    {
        /// <summary>The state machine does not exist (recorded).</summary>
        public const string StateMachineDoesNotExistException = "StepFunctions.StateMachineDoesNotExistException";
        /// <summary>An execution of that name exists already with another input.</summary>
        public const string ExecutionAlreadyExistsException = "StepFunctions.ExecutionAlreadyExistsException";
        /// <summary>The account runs as many executions as it may.</summary>
        public const string ExecutionLimitExceededException = "StepFunctions.ExecutionLimitExceededException";
        /// <summary>The state machine ARN is malformed.</summary>
        public const string InvalidArnException = "StepFunctions.InvalidArnException";
        /// <summary>The input is not valid JSON.</summary>
        public const string InvalidExecutionInputException = "StepFunctions.InvalidExecutionInputException";
        /// <summary>The execution name is invalid.</summary>
        public const string InvalidNameException = "StepFunctions.InvalidNameException";
        /// <summary>The state machine is being deleted.</summary>
        public const string StateMachineDeletingException = "StepFunctions.StateMachineDeletingException";
    }
}
