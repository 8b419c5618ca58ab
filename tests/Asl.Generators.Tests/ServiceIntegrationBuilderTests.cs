using Asl.Generators.Tests.Evaluation;
using System.Text.Json.Nodes;

namespace Asl.Generators.Tests;

/// <summary>
/// The typed service integrations, run by the generator inside Define(): each writes its resource and its request to
/// Parameters (JSONPath, dynamic members as ".$") or Arguments (JSONata, dynamic members as {% %}), the same at run time;
/// LambdaInvoke's default retry comes first and leaves the workflow's own retriers located on their C# arguments.
/// </summary>
public class ServiceIntegrationBuilderTests
{
    private const string JsonAta = "[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]";

    private static Machines.Result Run(string define, string attribute = "[StateMachine]") =>
        Machines.Run(Machines.Source("public static Workflow Define() => " + define + ";", "", attribute));

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected:\n{expected}\nActual:\n{actual}");

    private const string Publish = """
        Workflow.StartWith(SnsPublish("Notify", "${OrdersTopicArn}")
            .Subject("Order " + Input.At("$.id") + " shipped")
            .Message(new { OrderId = Input.At("$.id"), Status = "SHIPPED" })
            .MessageAttribute("kind", "shipment"))
        """;

    [Fact]
    public void SNS_publish_writes_Parameters_in_JSONPath()
    {
        var state = Run(Publish).Clean().State("Notify");

        Assert.Equal("arn:aws:states:::sns:publish", (string?)state["Resource"]);
        AssertJson("""
            {
              "TopicArn": "${OrdersTopicArn}",
              "Message": { "OrderId.$": "$.id", "Status": "SHIPPED" },
              "Subject.$": "States.Format('Order {} shipped', $.id)",
              "MessageAttributes": { "kind": { "DataType": "String", "StringValue": "shipment" } }
            }
            """, state["Parameters"]);
    }

    [Fact]
    public void SNS_publish_writes_Arguments_in_JSONata()
    {
        var state = Run(Publish, JsonAta).Clean().State("Notify");

        AssertJson("""
            {
              "TopicArn": "${OrdersTopicArn}",
              "Message": { "OrderId": "{% $states.input.id %}", "Status": "SHIPPED" },
              "Subject": "{% 'Order ' & $states.input.id & ' shipped' %}",
              "MessageAttributes": { "kind": { "DataType": "String", "StringValue": "shipment" } }
            }
            """, state["Arguments"]);
        Assert.Null(state["Parameters"]);
    }

    private const string PutOrder = """
        Workflow.StartWith(DynamoPutItem("Save", "${OrdersTable}")
            .Item(new
            {
                OrderId = DynamoAttribute.FromString(Input.At("$.id")),
                Total = DynamoAttribute.FromNumber(12.5),
                Quantity = DynamoAttribute.NumberFromJson(Input.At("$.quantity")),
                Gift = DynamoAttribute.FromBoolean(false),
                Tags = DynamoAttribute.FromStringSet("new", "web"),
                Address = DynamoAttribute.FromMap(new { City = DynamoAttribute.FromString(Input.At("$.city")) }),
            })
            .ConditionExpression("attribute_not_exists(OrderId)"))
        """;

    [Fact]
    public void DynamoDB_put_item_writes_attribute_values_so_nobody_writes_S_and_N_by_hand()
    {
        var state = Run(PutOrder).Clean().State("Save");

        Assert.Equal("arn:aws:states:::dynamodb:putItem", (string?)state["Resource"]);
        AssertJson("""
            {
              "TableName": "${OrdersTable}",
              "Item": {
                "OrderId": { "S.$": "$.id" },
                "Total": { "N": "12.5" },
                "Quantity": { "N.$": "States.JsonToString($.quantity)" },
                "Gift": { "BOOL": false },
                "Tags": { "SS": ["new", "web"] },
                "Address": { "M": { "City": { "S.$": "$.city" } } }
              },
              "ConditionExpression": "attribute_not_exists(OrderId)"
            }
            """, state["Parameters"]);
    }

    [Fact]
    public void DynamoDB_attribute_values_are_JSONata_expressions_in_a_JSONata_state()
    {
        var item = Run(PutOrder, JsonAta).Clean().State("Save")["Arguments"]!["Item"];

        AssertJson("""{ "S": "{% $states.input.id %}" }""", item!["OrderId"]);
        AssertJson("""{ "N": "{% $string($states.input.quantity) %}" }""", item["Quantity"]);
    }

    [Fact]
    public void DynamoDB_update_item_collects_expression_names_and_values()
    {
        var state = Run("""
            Workflow.StartWith(DynamoUpdateItem("Mark shipped", "Orders")
                .Key(new { OrderId = DynamoAttribute.FromString(Input.At("$.id")) })
                .UpdateExpression("SET #s = :s, Shipped = :at")
                .ExpressionAttributeName("#s", "Status")
                .ExpressionAttributeValue(":s", DynamoAttribute.FromString("SHIPPED"))
                .ExpressionAttributeValue(":at", DynamoAttribute.FromString(Context.ExecutionStartTime))
                .ReturnValues("ALL_NEW"))
            """).Clean().State("Mark shipped");

        AssertJson("""
            {
              "TableName": "Orders",
              "Key": { "OrderId": { "S.$": "$.id" } },
              "UpdateExpression": "SET #s = :s, Shipped = :at",
              "ExpressionAttributeNames": { "#s": "Status" },
              "ExpressionAttributeValues": { ":s": { "S": "SHIPPED" }, ":at": { "S.$": "$$.Execution.StartTime" } },
              "ReturnValues": "ALL_NEW"
            }
            """, state["Parameters"]);
    }

    [Theory]
    [InlineData("""SqsSendMessage("Run", "${ReviewQueueUrl}").MessageBody(new { Order = Input.Whole, Token = Context.TaskToken }).WaitForTaskToken()""",
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken")]
    [InlineData("""EcsRunTask("Run", "orders", "report:3").Fargate(new[] { "subnet-1" }, assignPublicIp: true).RunToCompletion()""", "arn:aws:states:::ecs:runTask.sync")]
    [InlineData("""BatchSubmitJob("Run", "nightly", "queue", "nightly:1").ArraySize(10).RunToCompletion()""", "arn:aws:states:::batch:submitJob.sync")]
    [InlineData("""GlueStartJobRun("Run", "etl").JobArguments(new Dictionary<string, object> { ["--day"] = Input.At("$.day") }).RunToCompletion()""",
        "arn:aws:states:::glue:startJobRun.sync")]
    [InlineData("""AthenaStartQueryExecution("Run", "SELECT 1").Database("sales").OutputLocation("s3://results/").RunToCompletion()""",
        "arn:aws:states:::athena:startQueryExecution.sync")]
    [InlineData("""CodeBuildStartBuild("Run", "ci").EnvironmentVariable("SHA", Input.At("$.sha")).RunToCompletion()""", "arn:aws:states:::codebuild:startBuild.sync")]
    [InlineData("""ApiGatewayInvoke("Run", "a1.execute-api.eu-west-1.amazonaws.com", HttpVerb.Post).Stage("prod").Path("/orders").Header("x-id", "1").AuthType(ApiGatewayAuthType.IamRole)""",
        "arn:aws:states:::apigateway:invoke")]
    [InlineData("""HttpInvoke("Run", "https://api.example.com/charges", HttpVerb.Post, "${PaymentsConnectionArn}").RequestBody(new { Amount = Input.At("$.amount") })""",
        "arn:aws:states:::http:invoke")]
    [InlineData("""BedrockInvokeModel("Run", "amazon.titan-text-express-v1").Body(new { inputText = Input.At("$.prompt") })""", "arn:aws:states:::bedrock:invokeModel")]
    [InlineData("""S3GetObject("Run", "orders", Input.At("$.key"))""", "arn:aws:states:::aws-sdk:s3:getObject")]
    [InlineData("""S3PutObject("Run", "orders", "out.json").Body(Input.At("$.report")).ContentType("application/json")""", "arn:aws:states:::aws-sdk:s3:putObject")]
    [InlineData("""EventBridgePutEvents("Run").Entry(new { Id = Input.At("$.id") }, "OrderPlaced", "orders")""", "arn:aws:states:::events:putEvents")]
    [InlineData("""Activity("Run", "${ReviewActivityArn}").Input(new { Id = Input.At("$.id") }).HeartbeatSeconds(60)""", "${ReviewActivityArn}")]
    public void Every_typed_builder_is_valid_in_both_languages_with_its_pattern_in_the_resource(string builder, string resource)
    {
        var jsonPath = Run("Workflow.StartWith(" + builder + ")").Clean(allowInfo: true).State("Run");
        var jsonAta = Run("Workflow.StartWith(" + builder + ")", JsonAta).Clean(allowInfo: true).State("Run");

        Assert.Equal(resource, (string?)jsonPath["Resource"]);
        Assert.Equal(resource, (string?)jsonAta["Resource"]);
        Assert.NotNull(jsonPath["Parameters"]);
        Assert.Null(jsonPath["Arguments"]);
        Assert.NotNull(jsonAta["Arguments"]);
        Assert.Null(jsonAta["Parameters"]);
    }

    [Fact]
    public void LambdaInvoke_retries_transient_service_errors_first_as_CDK_does()
    {
        var state = Run("""Workflow.StartWith(LambdaInvoke("Charge", "charge").Retry(Errors.All, maxAttempts: 2))""").Clean().State("Charge");

        AssertJson("""
            [
              { "ErrorEquals": ["Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException"],
                "IntervalSeconds": 2, "MaxAttempts": 6, "BackoffRate": 2 },
              { "ErrorEquals": ["States.ALL"], "MaxAttempts": 2 }
            ]
            """, state["Retry"]);
    }

    [Fact]
    public void LambdaInvoke_without_the_service_retry_has_only_its_own()
    {
        var state = Run("""Workflow.StartWith(LambdaInvoke("Charge", "charge").Retry(Errors.TaskFailed).RetryOnServiceExceptions(false))""").Clean().State("Charge");

        AssertJson("""[{ "ErrorEquals": ["States.TaskFailed"] }]""", state["Retry"]);
    }

    [Fact]
    public void LambdaInvoke_leaves_the_service_errors_to_a_retrier_of_the_workflow_that_names_one()
    {
        var state = Run("""Workflow.StartWith(LambdaInvoke("Charge", "charge").Retry(Errors.Lambda.Transient, maxAttempts: 10))""").Clean().State("Charge");

        Assert.Equal(10, (int)Assert.Single(state["Retry"]!.AsArray())!["MaxAttempts"]!);
    }

    [Fact]
    public void A_finding_on_a_retrier_after_the_service_retry_is_on_its_own_argument()
    {
        var result = Run("""Workflow.StartWith(LambdaInvoke("Charge", "charge").Retry("States.Timout"))""");

        var finding = result.Single("ASL1311");
        Assert.Equal("\"States.Timout\"", result.Spanned(finding));
    }

    private const string DistributedMap = """
        Workflow.StartWith(Map("Each file")
            .ItemProcessor(Pass("Each row"), ProcessorMode.Distributed)
            .ItemReader(S3ItemReader.Csv("${InputBucket}", Input.At("$.key"), headers: ["id", "amount"], delimiter: CsvDelimiter.Semicolon).MaxItems(1000))
            .ItemBatcher(maxItemsPerBatch: 50, batchInput: new { Run = Context.ExecutionName })
            .ResultWriter(S3ResultWriter.At("${ResultsBucket}", "runs/").Format(MapResultOutput.JsonLines, MapResultTransformation.Compact)))
        """;

    [Fact]
    public void A_distributed_Map_reads_batches_and_writes_S3_through_typed_settings_in_JSONPath()
    {
        var state = Run(DistributedMap).Clean(allowInfo: true).State("Each file");

        AssertJson("""
            {
              "Resource": "arn:aws:states:::s3:getObject",
              "Parameters": { "Bucket": "${InputBucket}", "Key.$": "$.key" },
              "ReaderConfig": { "InputType": "CSV", "CSVHeaderLocation": "GIVEN", "CSVHeaders": ["id", "amount"], "CSVDelimiter": "SEMICOLON", "MaxItems": 1000 }
            }
            """, state["ItemReader"]);
        AssertJson("""{ "MaxItemsPerBatch": 50, "BatchInput": { "Run.$": "$$.Execution.Name" } }""", state["ItemBatcher"]);
        AssertJson("""
            {
              "Resource": "arn:aws:states:::s3:putObject",
              "Parameters": { "Bucket": "${ResultsBucket}", "Prefix": "runs/" },
              "WriterConfig": { "OutputType": "JSONL", "Transformation": "COMPACT" }
            }
            """, state["ResultWriter"]);
    }

    [Fact]
    public void A_distributed_Map_writes_Arguments_for_its_reader_and_writer_in_JSONata()
    {
        var state = Run(DistributedMap, JsonAta).Clean(allowInfo: true).State("Each file");

        AssertJson("""{ "Bucket": "${InputBucket}", "Key": "{% $states.input.key %}" }""", state["ItemReader"]!["Arguments"]);
        Assert.Null(state["ItemReader"]!["Parameters"]);
        AssertJson("""{ "Run": "{% $states.context.Execution.Name %}" }""", state["ItemBatcher"]!["BatchInput"]);
        AssertJson("""{ "Bucket": "${ResultsBucket}", "Prefix": "runs/" }""", state["ResultWriter"]!["Arguments"]);
    }

    [Fact]
    public void An_S3_object_listing_reads_the_objects_under_a_prefix()
    {
        var state = Run("""Workflow.StartWith(Map("Each object").ItemProcessor(Pass("Each"), ProcessorMode.Distributed).ItemReader(S3ItemReader.Objects("orders", "incoming/")))""")
            .Clean(allowInfo: true).State("Each object");

        AssertJson("""{ "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "orders", "Prefix": "incoming/" } }""", state["ItemReader"]);
    }
}
