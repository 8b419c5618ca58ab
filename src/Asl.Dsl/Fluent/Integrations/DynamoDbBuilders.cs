using System.Collections.Generic;
using System.Globalization;

namespace Asl;

/// <summary>
/// DynamoDB attribute values (<c>{ "S": ... }</c>, <c>{ "N": ... }</c>, ...) for keys, items and expression values of
/// the DynamoDB builders. Each returns the attribute value as an object a payload takes; dynamic values (for example
/// <c>Input.At("$.orderId")</c>) are evaluated when the state runs.
/// </summary>
public static class DynamoAttribute
{
    /// <summary>A string (<c>S</c>).</summary>
    public static object FromString(string value) => Of("S", value);

    /// <summary>A number (<c>N</c>, which DynamoDB takes as text).</summary>
    public static object FromNumber(long value) => Of("N", value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number (<c>N</c>), written in the shortest form that reads back as the same value.</summary>
    public static object FromNumber(double value) => Of("N", value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A number (<c>N</c>).</summary>
    public static object FromNumber(decimal value) => Of("N", value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number given as text: a literal such as <c>"12.5"</c>, or a dynamic value that is a string at run time.</summary>
    public static object NumberFromString(string value) => Of("N", value);

    /// <summary>
    /// A number from a dynamic value that is a JSON number at run time (for example <c>Input.At("$.quantity")</c>):
    /// converted to text when the state runs (<c>States.JsonToString</c> in JSONPath, <c>$string</c> in JSONata).
    /// </summary>
    public static object NumberFromJson(string dynamicNumber) => Of("N", Intrinsic.JsonToString(dynamicNumber));

    /// <summary>A boolean (<c>BOOL</c>): a literal, or a dynamic value that is a boolean at run time.</summary>
    public static object FromBoolean(bool value) => Of("BOOL", value);

    /// <summary>A boolean (<c>BOOL</c>) from a dynamic value.</summary>
    public static object BooleanFrom(string dynamicBoolean) => Of("BOOL", dynamicBoolean);

    /// <summary>The null value (<c>NULL</c>).</summary>
    public static object FromNull() => Of("NULL", true);

    /// <summary>Binary data (<c>B</c>), base64-encoded.</summary>
    public static object FromBinary(string base64) => Of("B", base64);

    /// <summary>A set of strings (<c>SS</c>).</summary>
    public static object FromStringSet(params string[] values) => Of("SS", values);

    /// <summary>A set of numbers (<c>NS</c>).</summary>
    public static object FromNumberSet(params long[] values)
    {
        var texts = new string[values.Length];
        for (var i = 0; i < values.Length; i++) texts[i] = values[i].ToString(CultureInfo.InvariantCulture);
        return Of("NS", texts);
    }

    /// <summary>A list (<c>L</c>) of attribute values made by this class.</summary>
    public static object FromList(params object[] values) => Of("L", values);

    /// <summary>A map (<c>M</c>): an object whose members are attribute values made by this class.</summary>
    public static object FromMap(object members) => Of("M", members);

    private static Dictionary<string, object> Of(string type, object value) => new() { [type] = value };
}

/// <summary>
/// The base of the DynamoDB item builders (<c>arn:aws:states:::dynamodb:getItem</c>, <c>putItem</c>, <c>updateItem</c>,
/// <c>deleteItem</c>): the table (a name, an ARN or <c>${Placeholder}</c>), conditions and expression attributes. The
/// template grants the one item action on that table.
/// </summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class DynamoItemBuilder<TSelf> : ServiceTaskBuilder<TSelf> where TSelf : DynamoItemBuilder<TSelf>
{
    private static readonly string[] Order =
    [
        "TableName", "Key", "Item", "UpdateExpression", "ConditionExpression", "ProjectionExpression", "ConsistentRead",
        "ExpressionAttributeNames", "ExpressionAttributeValues", "ReturnValues", "ReturnConsumedCapacity",
        "ReturnItemCollectionMetrics", "ReturnValuesOnConditionCheckFailure",
    ];
    private readonly string _api;
    private readonly Dictionary<string, object> _names = new();
    private readonly Dictionary<string, object> _values = new();

    private protected DynamoItemBuilder(string name, string api, string tableName) : base(name)
    {
        _api = api;
        Member("TableName", tableName, nameof(tableName));
    }

    /// <summary>Names an attribute in expressions: <c>#placeholder</c> stands for <paramref name="attribute"/>.</summary>
    public TSelf ExpressionAttributeName(string placeholder, string attribute)
    {
        _names[FixedText.Check(placeholder, "An expression attribute name placeholder")] = attribute;
        return Member("ExpressionAttributeNames", new Dictionary<string, object>(_names), nameof(attribute));
    }

    /// <summary>A value in expressions: <c>:placeholder</c> stands for <paramref name="value"/> (see <see cref="DynamoAttribute"/>).</summary>
    public TSelf ExpressionAttributeValue(string placeholder, object value)
    {
        _values[FixedText.Check(placeholder, "An expression attribute value placeholder")] = value;
        return Member("ExpressionAttributeValues", new Dictionary<string, object>(_values), nameof(value));
    }

    /// <summary>Asks for the capacity consumed: <c>TOTAL</c>, <c>INDEXES</c> or <c>NONE</c>.</summary>
    public TSelf ReturnConsumedCapacity(string mode) => Member("ReturnConsumedCapacity", mode, nameof(mode));

    /// <summary>The key of the item: an object whose members are attribute values (see <see cref="DynamoAttribute"/>).</summary>
    private protected TSelf SetKey(object key) => Member("Key", key, "key");

    /// <summary>A condition the item must meet, else the call fails with <c>DynamoDB.ConditionalCheckFailedException</c>.</summary>
    private protected TSelf SetCondition(string condition) => Member("ConditionExpression", condition, "condition");

    /// <summary>What the call returns of the item.</summary>
    private protected TSelf SetReturnValues(string returnValues) => Member("ReturnValues", returnValues, "returnValues");

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::dynamodb:" + _api;

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;
}

/// <summary>Reads one item (<c>arn:aws:states:::dynamodb:getItem</c>); the result has <c>Item</c> when it exists.</summary>
public sealed class DynamoGetItemBuilder : DynamoItemBuilder<DynamoGetItemBuilder>
{
    internal DynamoGetItemBuilder(string name, string tableName) : base(name, "getItem", tableName) { }

    /// <summary>The key of the item: an object whose members are attribute values (see <see cref="DynamoAttribute"/>).</summary>
    public DynamoGetItemBuilder Key(object key) => SetKey(key);

    /// <summary>Reads with strong consistency.</summary>
    public DynamoGetItemBuilder ConsistentRead(bool consistent = true) => Member("ConsistentRead", consistent, nameof(consistent));

    /// <summary>The attributes to read, for example <c>"OrderId, #s"</c>.</summary>
    public DynamoGetItemBuilder ProjectionExpression(string projection) => Member("ProjectionExpression", projection, nameof(projection));

    /// <inheritdoc />
    protected override string IntegrationName => "DynamoGetItem";
}

/// <summary>Writes one item, replacing an item with the same key (<c>arn:aws:states:::dynamodb:putItem</c>).</summary>
public sealed class DynamoPutItemBuilder : DynamoItemBuilder<DynamoPutItemBuilder>
{
    internal DynamoPutItemBuilder(string name, string tableName) : base(name, "putItem", tableName) { }

    /// <summary>The item: an object whose members are attribute values (see <see cref="DynamoAttribute"/>), the key among them.</summary>
    public DynamoPutItemBuilder Item(object item) => Member("Item", item, nameof(item));

    /// <summary>A condition the existing item must meet, for example <c>attribute_not_exists(OrderId)</c>.</summary>
    public DynamoPutItemBuilder ConditionExpression(string condition) => SetCondition(condition);

    /// <summary><c>NONE</c> or <c>ALL_OLD</c>.</summary>
    public DynamoPutItemBuilder ReturnValues(string returnValues) => SetReturnValues(returnValues);

    /// <inheritdoc />
    protected override string IntegrationName => "DynamoPutItem";
}

/// <summary>Updates attributes of one item, creating it when absent (<c>arn:aws:states:::dynamodb:updateItem</c>).</summary>
public sealed class DynamoUpdateItemBuilder : DynamoItemBuilder<DynamoUpdateItemBuilder>
{
    internal DynamoUpdateItemBuilder(string name, string tableName) : base(name, "updateItem", tableName) { }

    /// <summary>The key of the item (see <see cref="DynamoAttribute"/>).</summary>
    public DynamoUpdateItemBuilder Key(object key) => SetKey(key);

    /// <summary>The update, for example <c>"SET #s = :status"</c>, with its names and values given by <c>ExpressionAttributeName/Value</c>.</summary>
    public DynamoUpdateItemBuilder UpdateExpression(string update) => Member("UpdateExpression", update, nameof(update));

    /// <summary>A condition the item must meet.</summary>
    public DynamoUpdateItemBuilder ConditionExpression(string condition) => SetCondition(condition);

    /// <summary><c>NONE</c>, <c>ALL_OLD</c>, <c>UPDATED_OLD</c>, <c>ALL_NEW</c> or <c>UPDATED_NEW</c>.</summary>
    public DynamoUpdateItemBuilder ReturnValues(string returnValues) => SetReturnValues(returnValues);

    /// <inheritdoc />
    protected override string IntegrationName => "DynamoUpdateItem";
}

/// <summary>Deletes one item (<c>arn:aws:states:::dynamodb:deleteItem</c>).</summary>
public sealed class DynamoDeleteItemBuilder : DynamoItemBuilder<DynamoDeleteItemBuilder>
{
    internal DynamoDeleteItemBuilder(string name, string tableName) : base(name, "deleteItem", tableName) { }

    /// <summary>The key of the item (see <see cref="DynamoAttribute"/>).</summary>
    public DynamoDeleteItemBuilder Key(object key) => SetKey(key);

    /// <summary>A condition the item must meet.</summary>
    public DynamoDeleteItemBuilder ConditionExpression(string condition) => SetCondition(condition);

    /// <summary><c>NONE</c> or <c>ALL_OLD</c>.</summary>
    public DynamoDeleteItemBuilder ReturnValues(string returnValues) => SetReturnValues(returnValues);

    /// <inheritdoc />
    protected override string IntegrationName => "DynamoDeleteItem";
}
