using Asl.Json;
using System.Text.Json.Nodes;
using Asl.Local.Errors;
using Asl.Local.Json;

namespace Asl.Testing;

public sealed partial class WorkflowHarness
{
    private static readonly string[] DynamoItemApis = ["getItem", "putItem", "updateItem", "deleteItem"];
    private readonly List<DynamoTableMock> _tables = new();

    /// <summary>
    /// An in-memory DynamoDB table that the item integrations naming it read and write (see <see cref="DynamoTableMock"/>):
    /// <c>dynamodb:getItem</c>, <c>putItem</c>, <c>updateItem</c> and <c>deleteItem</c>, optimized or through
    /// <c>aws-sdk:dynamodb</c>. A call naming a table no mock holds fails as on AWS, with
    /// <c>DynamoDB.ResourceNotFoundException</c>. It replaces a <see cref="MockTask{TRequest, TResponse}(string)"/> of those resources.
    /// </summary>
    /// <param name="tableName">The table's name, ARN, or the placeholder the definition names it by (<c>${OrdersTable}</c>).</param>
    /// <param name="keyAttributes">The key: the partition key, and the sort key when the table has one.</param>
    public DynamoTableMock MockDynamoTable(string tableName, params string[] keyAttributes)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        if (keyAttributes.Length is 0 or > 2) throw new ArgumentException("Give the partition key, and the sort key when the table has one.", nameof(keyAttributes));
        var table = new DynamoTableMock(tableName, keyAttributes, _json.Options);
        _tables.RemoveAll(t => t.TableName == tableName);
        _tables.Add(table);
        foreach (var api in DynamoItemApis)
        {
            Engine.RegisterTaskHandler("arn:aws:states:::dynamodb:" + api, (invocation, _) => AnswerTable(api, invocation.Parameters));
            Engine.RegisterTaskHandler("arn:aws:states:::aws-sdk:dynamodb:" + api, (invocation, _) => AnswerTable(api, invocation.Parameters));
        }
        return table;
    }

    private ValueTask<AslJson> AnswerTable(string api, AslJson parameters)
    {
        var request = JsonNode.Parse(JsonText.Write(parameters)) as JsonObject
            ?? throw new StatesError("DynamoDB.ValidationException", "The request is not an object.");
        var name = (string?)request["TableName"] ?? throw new StatesError("DynamoDB.ValidationException", "The request has no TableName.");
        var table = _tables.LastOrDefault(t => Names(t.TableName).Contains(TableNameOf(name)))
            ?? throw new StatesError("DynamoDB.ResourceNotFoundException", "Requested resource not found");
        return ValueTask.FromResult(JsonText.Parse(table.Answer(api, request).ToJsonString()));
    }

    /// <summary>The names a table mock answers to: its own, and the value given for its placeholder.</summary>
    private IEnumerable<string> Names(string tableName)
    {
        yield return TableNameOf(Unwrap(tableName));
        if (_substitutions.TryGetValue(Unwrap(tableName), out var value)) yield return TableNameOf(value);
    }

    private static string TableNameOf(string nameOrArn)
    {
        var at = nameOrArn.IndexOf(":table/", StringComparison.Ordinal);
        return at < 0 ? nameOrArn : nameOrArn[(at + 7)..];
    }
}
