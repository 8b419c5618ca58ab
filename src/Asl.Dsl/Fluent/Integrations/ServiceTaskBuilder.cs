using System.Collections.Generic;

namespace Asl;

/// <summary>
/// The base of the typed service integrations: a resource ARN with the integration pattern's suffix, and the request
/// members the builder's methods set, written by <see cref="TaskBuilder{TSelf}"/> to <c>Parameters</c> (JSONPath) or
/// <c>Arguments</c> (JSONata). Members keep the order of the integration's API (the order the builder declares them in
/// <see cref="MemberOrder"/>), whatever order the methods are called in.
/// </summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class ServiceTaskBuilder<TSelf> : TaskBuilder<TSelf> where TSelf : ServiceTaskBuilder<TSelf>
{
    private readonly Dictionary<string, Template> _members = new();
    private IntegrationPattern _pattern = IntegrationPattern.RequestResponse;

    /// <summary>Creates the builder.</summary>
    protected ServiceTaskBuilder(string name) : base(name) { }

    /// <summary>The integration pattern in use.</summary>
    public IntegrationPattern Pattern => _pattern;

    /// <summary>The resource ARN without the pattern's suffix, for example <c>arn:aws:states:::sns:publish</c>.</summary>
    protected abstract string BaseResource { get; }

    /// <summary>The API members this integration writes, in the order they are written.</summary>
    protected abstract IReadOnlyList<string> MemberOrder { get; }

    /// <inheritdoc />
    protected sealed override string Resource => BaseResource + IntegrationPatterns.Suffix(_pattern);

    /// <summary>Sets a request member (a null value removes it), recording the argument of <paramref name="parameter"/> as its origin.</summary>
    /// <param name="name">The API member, one of <see cref="MemberOrder"/>.</param>
    /// <param name="value">Any value a payload takes: text, numbers, objects, dynamic values.</param>
    /// <param name="parameter">The parameter of the calling builder method that holds the value.</param>
    protected TSelf Member(string name, object? value, string? parameter)
    {
        if (value is null)
        {
            _members.Remove(name);
            return Self;
        }
        _members[name] = Template.Capture(value);
        RecordRequest(name, parameter);
        return Self;
    }

    /// <summary>True when the member was set.</summary>
    protected bool HasMember(string name) => _members.ContainsKey(name);

    /// <summary>Uses an integration pattern (the ARN's suffix), recording the call as the origin of <c>Resource</c>.</summary>
    protected TSelf UsePattern(IntegrationPattern pattern)
    {
        _pattern = pattern;
        Record("Resource");
        return Self;
    }

    /// <inheritdoc />
    protected override void WriteRequest(IntegrationRequest request)
    {
        foreach (var name in MemberOrder)
            if (_members.TryGetValue(name, out var value)) request.Add(name, value);
    }
}
