using System.Text.Json;
using System.Text.Json.Nodes;
using Asl.Local.Errors;

namespace Asl.Testing;

/// <summary>
/// An in-memory DynamoDB table for the test harness (<see cref="WorkflowHarness.MockDynamoTable"/>): the DynamoDB item
/// integrations (<c>dynamodb:getItem</c>, <c>putItem</c>, <c>updateItem</c>, <c>deleteItem</c>, optimized or through
/// <c>aws-sdk:dynamodb</c>) that name this table read and write its items, in DynamoDB's attribute-value format, as
/// DynamoDB answers them. Seed it with <see cref="Put"/> and read it with <see cref="Get{T}"/> or <see cref="Items{T}"/>,
/// using plain C# objects: strings, numbers, booleans, lists and objects become S, N, BOOL, L and M.
/// </summary>
/// <remarks>
/// Condition expressions understood: <c>attribute_exists(a)</c> and <c>attribute_not_exists(a)</c> (a failed one fails
/// the call with <c>DynamoDB.ConditionalCheckFailedException</c>). Update expressions: <c>SET a = :v, ...</c> and
/// <c>REMOVE a, ...</c> on top-level attributes. Anything else fails the test with a message saying to use
/// <see cref="WorkflowHarness.MockTask{TRequest, TResponse}(string)"/> for that call.
/// </remarks>
public sealed class DynamoTableMock
{
    private readonly object _sync = new();
    private readonly Dictionary<string, JsonObject> _items = new(StringComparer.Ordinal);
    private readonly string[] _keyAttributes;
    private readonly JsonSerializerOptions _options;

    internal DynamoTableMock(string tableName, string[] keyAttributes, JsonSerializerOptions options)
    {
        TableName = tableName;
        _keyAttributes = keyAttributes;
        _options = options;
    }

    /// <summary>The table's name, or the placeholder (<c>${OrdersTable}</c>) the definition names it by.</summary>
    public string TableName { get; }

    /// <summary>How many items the table holds.</summary>
    public int Count
    {
        get
        {
            lock (_sync) return _items.Count;
        }
    }

    /// <summary>Stores an item (replacing the item with the same key), given as a plain object that has the key attributes.</summary>
    public DynamoTableMock Put(object item)
    {
        var attributes = ToAttributes(JsonSerializer.SerializeToNode(item, _options) as JsonObject
            ?? throw new ArgumentException("A DynamoDB item is an object.", nameof(item)));
        lock (_sync) _items[KeyOf(attributes, "The item")] = attributes;
        return this;
    }

    /// <summary>The item with this key (a plain object of the key attributes), as <typeparamref name="T"/>; default when absent.</summary>
    public T? Get<T>(object key)
    {
        var attributes = ToAttributes(JsonSerializer.SerializeToNode(key, _options) as JsonObject
            ?? throw new ArgumentException("A DynamoDB key is an object.", nameof(key)));
        JsonObject? item;
        lock (_sync) item = _items.GetValueOrDefault(KeyOf(attributes, "The key"));
        return item is null ? default : FromAttributes(item).Deserialize<T>(_options);
    }

    /// <summary>Every item, as <typeparamref name="T"/>, in no particular order.</summary>
    public IReadOnlyList<T> Items<T>()
    {
        lock (_sync) return _items.Values.Select(i => FromAttributes(i).Deserialize<T>(_options)!).ToArray();
    }

    /// <summary>Answers one call of an item integration on this table.</summary>
    internal JsonObject Answer(string api, JsonObject request)
    {
        lock (_sync)
        {
            switch (api)
            {
                case "getItem":
                {
                    var item = _items.GetValueOrDefault(KeyOf(Member(request, "Key"), "The Key"));
                    return item is null ? new JsonObject() : new JsonObject { ["Item"] = Project(item, request) };
                }
                case "putItem":
                {
                    var item = Member(request, "Item");
                    var key = KeyOf(item, "The Item");
                    var old = _items.GetValueOrDefault(key);
                    Check(old, request);
                    _items[key] = (JsonObject)item.DeepClone();
                    return Returned(request, old, null);
                }
                case "deleteItem":
                {
                    var key = KeyOf(Member(request, "Key"), "The Key");
                    var old = _items.GetValueOrDefault(key);
                    Check(old, request);
                    _items.Remove(key);
                    return Returned(request, old, null);
                }
                default:
                {
                    var keyAttributes = Member(request, "Key");
                    var key = KeyOf(keyAttributes, "The Key");
                    var old = _items.GetValueOrDefault(key);
                    Check(old, request);
                    var updated = (JsonObject)(old ?? keyAttributes).DeepClone();
                    Update(updated, request);
                    _items[key] = updated;
                    return Returned(request, old, updated);
                }
            }
        }
    }

    private string KeyOf(JsonObject attributes, string what)
    {
        var parts = new string[_keyAttributes.Length];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = attributes[_keyAttributes[i]]?.ToJsonString()
                ?? throw new StatesError("DynamoDB.ValidationException", $"{what} of table {TableName} has no key attribute '{_keyAttributes[i]}'.");
        return string.Join("\u0001", parts);
    }

    private static JsonObject Member(JsonObject request, string name) =>
        request[name] as JsonObject ?? throw new StatesError("DynamoDB.ValidationException", $"The request has no {name} object.");

    private static JsonObject Returned(JsonObject request, JsonObject? old, JsonObject? updated) =>
        (string?)request["ReturnValues"] switch
        {
            "ALL_OLD" when old is not null => new JsonObject { ["Attributes"] = old.DeepClone() },
            "ALL_NEW" or "UPDATED_NEW" when updated is not null => new JsonObject { ["Attributes"] = updated.DeepClone() },
            _ => new JsonObject(),
        };

    private JsonObject Project(JsonObject item, JsonObject request)
    {
        if ((string?)request["ProjectionExpression"] is not { } projection) return (JsonObject)item.DeepClone();
        var result = new JsonObject();
        foreach (var part in projection.Split(','))
        {
            var name = AttributeName(part.Trim(), request);
            if (item[name] is { } value) result[name] = value.DeepClone();
        }
        return result;
    }

    private void Check(JsonObject? old, JsonObject request)
    {
        if ((string?)request["ConditionExpression"] is not { } condition) return;
        var text = condition.Trim();
        bool holds;
        if (Function(text, "attribute_not_exists") is { } missing) holds = old?[AttributeName(missing, request)] is null;
        else if (Function(text, "attribute_exists") is { } present) holds = old?[AttributeName(present, request)] is not null;
        else throw Unsupported($"the condition '{condition}'");
        if (!holds) throw new StatesError("DynamoDB.ConditionalCheckFailedException", "The conditional request failed");
    }

    private void Update(JsonObject item, JsonObject request)
    {
        var expression = (string?)request["UpdateExpression"] ?? throw new StatesError("DynamoDB.ValidationException", "The request has no UpdateExpression.");
        var values = request["ExpressionAttributeValues"] as JsonObject;
        var text = expression.Trim();
        foreach (var clause in Clauses(text))
        {
            if (clause.StartsWith("SET ", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var assignment in clause[4..].Split(','))
                {
                    var sides = assignment.Split('=');
                    var value = sides.Length == 2 ? values?[sides[1].Trim()] : null;
                    if (value is null) throw Unsupported($"the update '{assignment.Trim()}'");
                    item[AttributeName(sides[0].Trim(), request)] = value.DeepClone();
                }
            }
            else if (clause.StartsWith("REMOVE ", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var name in clause[7..].Split(',')) item.Remove(AttributeName(name.Trim(), request));
            }
            else throw Unsupported($"the update '{clause}'");
        }
    }

    private static IEnumerable<string> Clauses(string expression)
    {
        var starts = new List<int>();
        foreach (var keyword in new[] { "SET ", "REMOVE ", "ADD ", "DELETE " })
            for (var at = expression.IndexOf(keyword, StringComparison.OrdinalIgnoreCase); at >= 0; at = expression.IndexOf(keyword, at + 1, StringComparison.OrdinalIgnoreCase))
                if (at == 0 || expression[at - 1] == ' ') starts.Add(at);
        starts.Sort();
        for (var i = 0; i < starts.Count; i++)
            yield return expression[starts[i]..(i + 1 < starts.Count ? starts[i + 1] : expression.Length)].Trim();
    }

    private static string? Function(string text, string name) =>
        text.StartsWith(name + "(", StringComparison.Ordinal) && text.EndsWith(')') ? text[(name.Length + 1)..^1].Trim() : null;

    private string AttributeName(string name, JsonObject request)
    {
        if (name.Contains('.') || name.Contains('[')) throw Unsupported($"the nested attribute '{name}'");
        if (!name.StartsWith('#')) return name;
        return (string?)(request["ExpressionAttributeNames"] as JsonObject)?[name]
            ?? throw new StatesError("DynamoDB.ValidationException", $"An expression attribute name used in the document path is not defined; attribute name: {name}");
    }

    private InvalidOperationException Unsupported(string what) =>
        new($"The table mock of {TableName} does not evaluate {what}; mock this call with MockTask<TRequest, TResponse>(\"arn:aws:states:::dynamodb:...\") instead.");

    /// <summary>A plain JSON object as DynamoDB attribute values.</summary>
    private static JsonObject ToAttributes(JsonObject plain)
    {
        var result = new JsonObject();
        foreach (var (name, value) in plain) result[name] = ToAttribute(value);
        return result;
    }

    private static JsonObject ToAttribute(JsonNode? value) => value switch
    {
        null => new JsonObject { ["NULL"] = true },
        JsonObject obj => new JsonObject { ["M"] = ToAttributes(obj) },
        JsonArray array => new JsonObject { ["L"] = new JsonArray(array.Select(i => (JsonNode)ToAttribute(i)).ToArray()) },
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new JsonObject { ["BOOL"] = v.GetValue<bool>() },
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new JsonObject { ["N"] = v.ToJsonString() },
        _ => new JsonObject { ["S"] = value.GetValue<string>() },
    };

    /// <summary>DynamoDB attribute values as a plain JSON object.</summary>
    private static JsonObject FromAttributes(JsonObject attributes)
    {
        var result = new JsonObject();
        foreach (var (name, value) in attributes) result[name] = FromAttribute(value as JsonObject);
        return result;
    }

    private static JsonNode? FromAttribute(JsonObject? attribute)
    {
        if (attribute is null || attribute.Count != 1) return null;
        var (type, value) = attribute.First();
        return type switch
        {
            "S" or "B" => value?.DeepClone(),
            "N" => JsonNode.Parse(((string?)value ?? "0").Trim()),
            "BOOL" => value?.DeepClone(),
            "NULL" => null,
            "M" => FromAttributes((JsonObject)value!),
            "L" => new JsonArray(((JsonArray)value!).Select(i => FromAttribute(i as JsonObject)).ToArray()),
            "SS" or "BS" => value?.DeepClone(),
            "NS" => new JsonArray(((JsonArray)value!).Select(n => JsonNode.Parse(((string?)n ?? "0").Trim())).ToArray()),
            _ => null,
        };
    }

}
