using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>
/// Amazon DynamoDB (https://docs.aws.amazon.com/step-functions/latest/dg/dynamo-iam.html), optimized and through the
/// SDK integration. AWS's template allows GetItem, PutItem, UpdateItem and DeleteItem together on the table; each
/// Task here is allowed the one it calls.
/// </summary>
public sealed class DynamoDbPermissionTests
{
    private static readonly string Orders = InStack("dynamodb", "table/Orders");

    [Theory]
    [InlineData("getItem", "GetItem")]
    [InlineData("putItem", "PutItem")]
    [InlineData("updateItem", "UpdateItem")]
    [InlineData("deleteItem", "DeleteItem")]
    public void An_item_call_is_allowed_its_action_on_the_table_it_names(string api, string action)
    {
        var key = new { Id = DynamoAttribute.FromString("1") };
        IChainable typed = api switch
        {
            "getItem" => DynamoGetItem("T", "Orders").Key(key),
            "putItem" => DynamoPutItem("T", "Orders").Item(key),
            "updateItem" => DynamoUpdateItem("T", "Orders").Key(key).UpdateExpression("SET Seen = :true").ExpressionAttributeValue(":true", DynamoAttribute.FromBoolean(true)),
            _ => DynamoDeleteItem("T", "Orders").Key(key),
        };
        var optimized = Role(Task("T", "arn:aws:states:::dynamodb:" + api).Parameters(new { TableName = "Orders", Key = new { Id = new { S = "1" } } }), typed);
        var sdk = Role(Task("T", "arn:aws:states:::aws-sdk:dynamodb:" + api).Parameters(new { TableName = "Orders", Key = new { Id = new { S = "1" } } }));

        Same([Statement("DynamoDB" + action, Actions("dynamodb:" + action), Orders)], optimized);
        Assert.Equal(optimized, sdk);
    }

    [Fact]
    public void A_table_named_by_ARN_or_placeholder_is_that_table()
    {
        const string arn = "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders";

        var literal = Role(Task("T", "arn:aws:states:::dynamodb:putItem").Parameters(new { TableName = arn, Item = new { Id = new { S = "1" } } }),
            DynamoPutItem("T", arn).Item(new { Id = DynamoAttribute.FromString("1") }));
        var placeholder = Role(Task("T", "arn:aws:states:::dynamodb:putItem").Parameters(new { TableName = "${OrdersTable}", Item = new { Id = new { S = "1" } } }),
            DynamoPutItem("T", "${OrdersTable}").Item(new { Id = DynamoAttribute.FromString("1") }));

        Same([Statement("DynamoDBPutItem", Actions("dynamodb:PutItem"), Literal(arn))], literal);
        Same([Statement("DynamoDBPutItem", Actions("dynamodb:PutItem"), Sub("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${OrdersTable}"))], placeholder);
    }

    /// <summary>"Dynamic resources": "*".</summary>
    [Fact]
    public void A_table_from_the_input_is_every_table()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::dynamodb:getItem").Parameters(new { TableName = Input.At("$.table"), Key = new { Id = new { S = "1" } } }),
            DynamoGetItem("T", Input.At("$.table")).Key(new { Id = DynamoAttribute.FromString("1") }));

        Same([Statement("DynamoDBGetItem", Actions("dynamodb:GetItem"), Any)], role);
        Assert.Equal(("ASL0902", "/States/T/Parameters/TableName.$"), (Assert.Single(notes).Code, notes[0].Pointer));
    }

    [Fact]
    public void A_query_of_an_index_is_allowed_on_the_table_and_the_index()
    {
        var statements = Role(Task("T", "arn:aws:states:::aws-sdk:dynamodb:query").Parameters(new
        {
            TableName = "Orders", IndexName = "ByCustomer", KeyConditionExpression = "CustomerId = :c",
        }));

        Same([Statement("DynamoDBQuery", Actions("dynamodb:Query"), Orders, InStack("dynamodb", "table/Orders/index/ByCustomer"))], statements);
    }

    [Fact]
    public void A_batch_write_is_allowed_on_every_table_of_its_request()
    {
        var statements = Role(Task("T", "arn:aws:states:::aws-sdk:dynamodb:batchWriteItem").Parameters(new
        {
            RequestItems = new { Orders = new[] { new { PutRequest = new { Item = new { Id = new { S = "1" } } } } }, Audit = new[] { new { PutRequest = new { Item = new { Id = new { S = "1" } } } } } },
        }));

        Same([Statement("DynamoDBBatchWriteItem", Actions("dynamodb:BatchWriteItem"), Orders, InStack("dynamodb", "table/Audit"))], statements);
    }

    /// <summary>DynamoDB authorizes a transaction per item, with the item's own action.</summary>
    [Fact]
    public void A_transaction_is_allowed_each_item_action_on_its_table()
    {
        var statements = Role(Task("T", "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems").Parameters(new
        {
            TransactItems = new object[]
            {
                new { Put = new { TableName = "Orders", Item = new { Id = new { S = "1" } } } },
                new { Update = new { TableName = "Stock", Key = new { Sku = new { S = "x" } }, UpdateExpression = "SET n = n - :one" } },
                new { ConditionCheck = new { TableName = "Customers", Key = new { Id = new { S = "c" } }, ConditionExpression = "attribute_exists(Id)" } },
            },
        }));

        Same(
        [
            Statement("DynamoDBPutItem", Actions("dynamodb:PutItem"), Orders),
            Statement("DynamoDBUpdateItem", Actions("dynamodb:UpdateItem"), InStack("dynamodb", "table/Stock")),
            Statement("DynamoDBConditionCheckItem", Actions("dynamodb:ConditionCheckItem"), InStack("dynamodb", "table/Customers")),
        ], statements);
    }

    /// <summary>PartiQL is authorized per statement kind (dynamodb:PartiQLSelect, ...), which the template cannot tell: ASL0903.</summary>
    [Fact]
    public void A_PartiQL_statement_is_ASL0903_with_what_to_add()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::aws-sdk:dynamodb:executeStatement").Parameters(new { Statement = "SELECT * FROM Orders" }));

        Assert.Empty(role);
        var note = Assert.Single(notes);
        Assert.Equal("ASL0903", note.Code);
        Assert.Contains("add dynamodb:PartiQLSelect, PartiQLInsert, PartiQLUpdate or PartiQLDelete on the tables the statements use", note.Message);
    }
}
