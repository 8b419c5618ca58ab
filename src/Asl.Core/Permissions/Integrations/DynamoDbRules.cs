using System.Collections.Generic;

namespace Asl.Permissions.Integrations;

/// <summary>
/// Amazon DynamoDB (https://docs.aws.amazon.com/step-functions/latest/dg/dynamo-iam.html): the item action the
/// Task calls, on the table it names (on every table when the name comes from the input). AWS's template grants
/// GetItem, PutItem, UpdateItem and DeleteItem together; each Task here gets the one it calls. Through the SDK
/// integration, queries and scans of an index also name the index, batch calls every table of RequestItems, and
/// transactions the item action of each of their items (DynamoDB authorizes a transaction per item).
/// </summary>
internal static class DynamoDbRules
{
    public static void Optimized(TaskCall call)
    {
        if (call.Api is "getItem" or "putItem" or "updateItem" or "deleteItem") Sdk(call, call.Api, new[] { "dynamodb:" + AwsSdkRules.Pascal(call.Api) });
        else call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no DynamoDB integration Step Functions offers; use dynamodb:getItem, putItem, updateItem or deleteItem, or aws-sdk:dynamodb:ACTION");
    }

    public static bool Sdk(TaskCall call, string action, string[] actions)
    {
        switch (action)
        {
            case "batchGetItem":
            case "batchWriteItem":
                var items = call.Field("RequestItems");
                var tables = new List<ArnPattern>();
                foreach (var table in items.Keys()) tables.Add(Table(table));
                if (tables.Count == 0) tables.Add(call.Wide(items.Pointer, items.IsDynamic ? items.Text : "names no tables in RequestItems", ArnPattern.Any, actions));
                call.Grant("DynamoDB" + AwsSdkRules.Pascal(action), actions, tables);
                return true;
            case "transactGetItems":
            case "transactWriteItems":
                Transaction(call);
                return true;
            case "executeStatement":
            case "batchExecuteStatement":
            case "executeTransaction":
                call.NotGranted(call.Pointer,
                    $"runs PartiQL ({action}), which DynamoDB authorizes by statement kind and table: add dynamodb:PartiQLSelect, PartiQLInsert, PartiQLUpdate or PartiQLDelete on the tables the statements use");
                return true;
        }
        var name = call.Field("TableName");
        if (name.IsMissing) return false;
        var resources = new List<ArnPattern> { call.Target(name, Table, ArnPattern.Any, actions) };
        var index = call.Field("IndexName");
        if (name.IsText && !index.IsMissing)
            resources.Add(call.Target(index, text => Table(name.Text + "/index/" + text), Table(name.Text + "/index/*"), actions));
        call.Grant("DynamoDB" + AwsSdkRules.Pascal(action), actions, resources);
        return true;
    }

    /// <summary>Each item of a TransactGetItems or TransactWriteItems call: its item action on its table.</summary>
    private static void Transaction(TaskCall call)
    {
        var items = call.Field("TransactItems");
        if (!items.Items().GetEnumerator().MoveNext())
        {
            var all = new[] { "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem" };
            call.Grant("DynamoDBTransactItems", all, call.Wide(items.Pointer, items.IsDynamic ? items.Text : "lists no TransactItems the template can read", ArnPattern.Any, all));
            return;
        }
        foreach (var item in items.Items())
        {
            foreach (var (member, action) in new[] { ("Get", "GetItem"), ("Put", "PutItem"), ("Update", "UpdateItem"), ("Delete", "DeleteItem"), ("ConditionCheck", "ConditionCheckItem") })
            {
                var request = item.Field(member);
                if (request.IsMissing) continue;
                var actions = new[] { "dynamodb:" + action };
                call.Grant("DynamoDB" + action, actions, call.Target(request.Field("TableName"), Table, ArnPattern.Any, actions));
            }
        }
    }

    /// <summary>A table (or <c>TABLE/index/INDEX</c>) named by name (in the stack's account and Region) or by ARN.</summary>
    public static ArnPattern Table(string text) => Arns.NameOrArn(text, "dynamodb", "table/");
}
