using System.Collections.Generic;

namespace Asl.Build.Yaml;

/// <summary>A node of the YAML document the template writer builds; written by <see cref="YamlWriter"/>.</summary>
internal abstract class YamlNode
{
    /// <summary>A comment written after the node when it stands on a line of its own (a block sequence item or mapping value).</summary>
    public string? Comment { get; set; }

    /// <summary>A string scalar (quoted only when YAML would read it as something else).</summary>
    public static YamlScalar Text(string value) => new(value);

    /// <summary><c>!Ref name</c>.</summary>
    public static YamlTagged Ref(string logicalId) => new("!Ref", new YamlScalar(logicalId));

    /// <summary><c>!GetAtt name.attribute</c>.</summary>
    public static YamlTagged GetAtt(string logicalId, string attribute) => new("!GetAtt", new YamlScalar(logicalId + "." + attribute));

    /// <summary><c>!Sub "template"</c>.</summary>
    public static YamlTagged Sub(string template) => new("!Sub", new YamlScalar(template));

    /// <summary><c>!Select [index, list]</c>.</summary>
    public static YamlTagged Select(int index, YamlNode list) =>
        new("!Select", new YamlSequence { new YamlScalar(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) { IsNumber = true }, list });

    /// <summary><c>!Split [delimiter, value]</c>.</summary>
    public static YamlTagged Split(string delimiter, YamlNode value) => new("!Split", new YamlSequence { new YamlScalar(delimiter), value });

    /// <summary><c>!Join [delimiter, [parts]]</c>.</summary>
    public static YamlTagged Join(string delimiter, IEnumerable<YamlNode> parts)
    {
        var list = new YamlSequence();
        foreach (var part in parts) list.Add(part);
        return new YamlTagged("!Join", new YamlSequence { new YamlScalar(delimiter), list });
    }
}

/// <summary>A scalar; strings unless <see cref="IsNumber"/>.</summary>
internal sealed class YamlScalar(string value) : YamlNode
{
    public string Value { get; } = value;

    /// <summary>Written bare, so YAML reads it as a number (for CloudFormation list indexes).</summary>
    public bool IsNumber { get; init; }
}

/// <summary>A node with a CloudFormation short-form tag such as <c>!Ref</c>.</summary>
internal sealed class YamlTagged(string tag, YamlNode content) : YamlNode
{
    public string Tag { get; } = tag;

    public YamlNode Content { get; } = content;
}

/// <summary>A sequence, written in block style unless it sits inside a tagged node.</summary>
internal sealed class YamlSequence : YamlNode, IEnumerable<YamlNode>
{
    public List<YamlNode> Items { get; } = new();

    public int Count => Items.Count;

    public void Add(YamlNode item) => Items.Add(item);

    public IEnumerator<YamlNode> GetEnumerator() => Items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Items.GetEnumerator();
}

/// <summary>A mapping whose keys keep the order they were added in.</summary>
internal sealed class YamlMapping : YamlNode, IEnumerable<KeyValuePair<string, YamlNode>>
{
    public List<KeyValuePair<string, YamlNode>> Entries { get; } = new();

    public int Count => Entries.Count;

    public void Add(string key, YamlNode value) => Entries.Add(new KeyValuePair<string, YamlNode>(key, value));

    public void Add(string key, string value) => Add(key, new YamlScalar(value));

    /// <summary>The value of the first entry with this key, or null.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key) return entry.Value;
            }
            return null;
        }
    }

    public IEnumerator<KeyValuePair<string, YamlNode>> GetEnumerator() => Entries.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Entries.GetEnumerator();
}
