namespace Asl.Benchmarks.Inputs;

// Task states: the integrations real machines use most, with Retry and Catch.
internal sealed partial class DefinitionWriter
{
    private const string Account = "123456789012";

    /// <param name="alwaysCatch">Write catchers whatever the dice say (the first state, so every machine reaches Recover and Failed).</param>
    private void WriteTask(int id, string? recover, bool alwaysCatch)
    {
        _json.WriteString("Type", "Task");
        switch (_random.Next(7))
        {
            case 0: WriteLambdaInvoke(id); break;
            case 1: WriteLegacyLambda(id); break;
            case 2: WriteDynamoPut(id); break;
            case 3: WriteSnsPublish(id); break;
            case 4: WriteQueueCallback(id); break;
            case 5: WriteSdkCall(id); break;
            default: WriteChildExecution(id); break;
        }
        if (Chance(0.6)) WriteRetry();
        if (recover is not null && (alwaysCatch || Chance(0.5))) WriteCatch(recover);
    }

    private void WriteLambdaInvoke(int id)
    {
        _json.WriteString("Resource", "arn:aws:states:::lambda:invoke");
        _json.WriteStartObject(_jsonAta ? "Arguments" : "Parameters");
        _json.WriteString("FunctionName", $"arn:aws:lambda:us-east-1:{Account}:function:worker-{id % 17}:live");
        _json.WriteStartObject("Payload");
        _json.WriteNumber("step", id);
        if (_jsonAta)
        {
            _json.WriteString("order", "{% $states.input.orderId %}");
            _json.WriteString("items", "{% $states.input.items %}");
        }
        else
        {
            _json.WriteString("order.$", "$.orderId");
            _json.WriteString("items.$", "$.items");
            _json.WriteString("execution.$", "$$.Execution.Id");
        }
        _json.WriteEndObject();
        _json.WriteEndObject();
        if (_jsonAta) _json.WriteString("Output", $"{{% $merge([$states.input, {{'step{id}': $states.result.Payload}}]) %}}");
        else
        {
            _json.WriteStartObject("ResultSelector");
            _json.WriteString("body.$", "$.Payload");
            _json.WriteString("status.$", "$.StatusCode");
            _json.WriteEndObject();
            _json.WriteString("ResultPath", $"$.results.step{id}");
        }
        _json.WriteNumber("TimeoutSeconds", 30 + _random.Next(300));
    }

    private void WriteLegacyLambda(int id)
    {
        _json.WriteString("Resource", $"arn:aws:lambda:us-east-1:{Account}:function:legacy-{id % 11}");
        if (_jsonAta)
        {
            _json.WriteString("Arguments", "{% $states.input %}");
            _json.WriteString("Output", $"{{% $merge([$states.input, {{'legacy{id}': $states.result}}]) %}}");
        }
        else
        {
            _json.WriteString("InputPath", "$");
            _json.WriteString("ResultPath", $"$.results.legacy{id}");
        }
        _json.WriteNumber("TimeoutSeconds", 60);
        _json.WriteNumber("HeartbeatSeconds", 20);
    }

    private void WriteDynamoPut(int id)
    {
        _json.WriteString("Resource", "arn:aws:states:::dynamodb:putItem");
        _json.WriteStartObject(_jsonAta ? "Arguments" : "Parameters");
        _json.WriteString("TableName", "orders");
        _json.WriteStartObject("Item");
        _json.WriteStartObject("pk");
        if (_jsonAta) _json.WriteString("S", "{% $states.input.orderId %}");
        else _json.WriteString("S.$", "$.orderId");
        _json.WriteEndObject();
        _json.WriteStartObject("step");
        _json.WriteString("N", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
        if (_jsonAta) _json.WriteString("Output", "{% $states.input %}");
        else _json.WriteNull("ResultPath");
    }

    private void WriteSnsPublish(int id)
    {
        _json.WriteString("Resource", "arn:aws:states:::sns:publish");
        _json.WriteStartObject(_jsonAta ? "Arguments" : "Parameters");
        _json.WriteString("TopicArn", $"arn:aws:sns:us-east-1:{Account}:order-events");
        if (_jsonAta) _json.WriteString("Message", $"{{% 'Order ' & $states.input.orderId & ' reached step {id}' %}}");
        else _json.WriteString("Message.$", $"States.Format('Order {{}} reached step {id} in {{}}', $.orderId, $.region)");
        _json.WriteEndObject();
        if (_jsonAta) _json.WriteString("Output", "{% $states.input %}");
        else _json.WriteString("ResultPath", $"$.results.notified{id}");
    }

    private void WriteQueueCallback(int id)
    {
        _json.WriteString("Resource", "arn:aws:states:::sqs:sendMessage.waitForTaskToken");
        _json.WriteStartObject(_jsonAta ? "Arguments" : "Parameters");
        _json.WriteString("QueueUrl", $"https://sqs.us-east-1.amazonaws.com/{Account}/approvals");
        _json.WriteStartObject("MessageBody");
        if (_jsonAta)
        {
            _json.WriteString("token", "{% $states.context.Task.Token %}");
            _json.WriteString("order", "{% $states.input.orderId %}");
        }
        else
        {
            _json.WriteString("token.$", "$$.Task.Token");
            _json.WriteString("order.$", "$.orderId");
        }
        _json.WriteNumber("step", id);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteNumber("HeartbeatSeconds", 300);
        _json.WriteNumber("TimeoutSeconds", 86400);
        WriteResultPlacement($"approval{id}");
    }

    private void WriteSdkCall(int id)
    {
        _json.WriteString("Resource", "arn:aws:states:::aws-sdk:s3:listObjectsV2");
        _json.WriteStartObject(_jsonAta ? "Arguments" : "Parameters");
        _json.WriteString("Bucket", $"data-{Account}");
        if (_jsonAta) _json.WriteString("Prefix", "{% $states.input.prefix %}");
        else _json.WriteString("Prefix.$", "$.prefix");
        _json.WriteNumber("MaxKeys", 100 + id);
        _json.WriteEndObject();
        if (_jsonAta) _json.WriteString("Output", $"{{% $merge([$states.input, {{'keys{id}': $states.result.Contents.Key}}]) %}}");
        else
        {
            _json.WriteStartObject("ResultSelector");
            _json.WriteString("keys.$", "$.Contents[*].Key");
            _json.WriteEndObject();
            _json.WriteString("ResultPath", $"$.results.keys{id}");
        }
    }

    private void WriteChildExecution(int id)
    {
        _json.WriteString("Resource", "arn:aws:states:::states:startExecution.sync:2");
        _json.WriteStartObject(_jsonAta ? "Arguments" : "Parameters");
        _json.WriteString("StateMachineArn", $"arn:aws:states:us-east-1:{Account}:stateMachine:child-{id % 5}");
        _json.WriteStartObject("Input");
        if (_jsonAta)
        {
            _json.WriteString("order", "{% $states.input.orderId %}");
            _json.WriteString("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID", "{% $states.context.Execution.Id %}");
        }
        else
        {
            _json.WriteString("order.$", "$.orderId");
            _json.WriteString("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$", "$$.Execution.Id");
        }
        _json.WriteEndObject();
        _json.WriteEndObject();
        if (_jsonAta) _json.WriteString("Output", $"{{% $merge([$states.input, {{'child{id}': $states.result.Output}}]) %}}");
        else
        {
            _json.WriteStartObject("ResultSelector");
            _json.WriteString("output.$", "$.Output");
            _json.WriteEndObject();
            _json.WriteString("ResultPath", $"$.results.child{id}");
        }
    }

    private void WriteRetry()
    {
        _json.WriteStartArray("Retry");
        _json.WriteStartObject();
        _json.WriteStartArray("ErrorEquals");
        _json.WriteStringValue("States.TaskFailed");
        _json.WriteStringValue("States.Timeout");
        _json.WriteEndArray();
        _json.WriteNumber("IntervalSeconds", 1 + _random.Next(5));
        _json.WriteNumber("MaxAttempts", 2 + _random.Next(5));
        _json.WriteNumber("BackoffRate", 2);
        if (Chance(0.5)) _json.WriteNumber("MaxDelaySeconds", 60);
        _json.WriteEndObject();
        _json.WriteStartObject();
        _json.WriteStartArray("ErrorEquals");
        _json.WriteStringValue("States.ALL");
        _json.WriteEndArray();
        _json.WriteNumber("MaxAttempts", 1);
        _json.WriteEndObject();
        _json.WriteEndArray();
    }

    private void WriteCatch(string recover)
    {
        _json.WriteStartArray("Catch");
        _json.WriteStartObject();
        _json.WriteStartArray("ErrorEquals");
        _json.WriteStringValue("States.Timeout");
        _json.WriteEndArray();
        _json.WriteString("Next", "Failed");
        _json.WriteEndObject();
        _json.WriteStartObject();
        _json.WriteStartArray("ErrorEquals");
        _json.WriteStringValue("States.ALL");
        _json.WriteEndArray();
        if (_jsonAta) _json.WriteString("Output", "{% $merge([$states.input, {'error': $states.errorOutput}]) %}");
        else _json.WriteString("ResultPath", "$.error");
        _json.WriteString("Next", recover);
        _json.WriteEndObject();
        _json.WriteEndArray();
    }
}
