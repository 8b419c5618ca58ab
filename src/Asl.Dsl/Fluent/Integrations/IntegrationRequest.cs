using System;
using System.Collections.Generic;

namespace Asl;

/// <summary>
/// The request of a service integration: the members its API call takes, given as C# values (literals, objects,
/// dynamic values such as <c>Input.At("$.id")</c>, text with dynamic parts). A Task builder fills it in
/// <see cref="TaskBuilder{TSelf}.WriteRequest"/>; the state writes it to <c>Parameters</c> in JSONPath (dynamic members
/// as <c>"Key.$"</c>) and to <c>Arguments</c> in JSONata (dynamic members as <c>{% ... %}</c>), so one builder serves both
/// query languages.
/// </summary>
public sealed class IntegrationRequest
{
    private readonly List<(string Name, Template Value, object? Origin, string Source)> _members = new();
    private readonly IReadOnlyDictionary<string, object> _origins;
    private readonly string _integration;

    internal IntegrationRequest(IReadOnlyDictionary<string, object> origins, string integration)
    {
        _origins = origins;
        _integration = integration;
    }

    /// <summary>True when no member was added.</summary>
    internal bool IsEmpty => _members.Count == 0;

    /// <summary>Adds a member; a null value is left out. Members keep the order they are added in.</summary>
    /// <param name="name">The API member name, for example <c>TopicArn</c>.</param>
    /// <param name="value">Its value: any C# value a payload takes.</param>
    /// <exception cref="WorkflowDefinitionException">The value cannot be expressed in JSON.</exception>
    public IntegrationRequest Add(string name, object? value)
    {
        if (value is null) return this;
        _origins.TryGetValue(name, out var origin);
        return Add(name, Template.Capture(value), origin, _integration);
    }

    /// <summary>Adds a member captured earlier (its value keeps the origins of its members).</summary>
    internal IntegrationRequest Add(string name, Template? value)
    {
        if (value is null) return this;
        _origins.TryGetValue(name, out var origin);
        return Add(name, value, origin, _integration);
    }

    internal IntegrationRequest Add(string name, Template value, object? origin, string source)
    {
        foreach (var member in _members)
        {
            if (OutputKey(member.Name) == OutputKey(name))
                throw new WorkflowDefinitionException($"The request member \"{OutputKey(name)}\" is given twice, by {member.Source} and by {source}; keep one of them.")
                { Origin = origin ?? member.Origin };
        }
        _members.Add((name, value, origin, source));
        return this;
    }

    /// <summary>Adds every member of an object payload (what <c>.Request(...)</c>, <c>.Parameters(...)</c> or <c>.Arguments(...)</c> was given).</summary>
    internal void AddMembers(Template payload, object? origin, string source)
    {
        foreach (var (name, value, memberOrigin) in payload.Members(source, origin)) Add(name, value, memberOrigin, source);
    }

    /// <summary>The request as one object payload.</summary>
    internal Template ToTemplate()
    {
        var members = new (string, Template, object?)[_members.Count];
        for (var i = 0; i < members.Length; i++) members[i] = (_members[i].Name, _members[i].Value, _members[i].Origin);
        return Template.Object(members);
    }

    private static string OutputKey(string name) => name.EndsWith(".$", StringComparison.Ordinal) ? name.Substring(0, name.Length - 2) : name;
}
