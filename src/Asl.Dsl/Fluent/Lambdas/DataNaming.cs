using System;
using System.Linq;
using System.Text.Json;

namespace Asl;

/// <summary>
/// A member name in a data lambda: a C# member name, which the machine's naming policy turns into its JSON name when the
/// lambda is written, or a name that is already the JSON name (<c>[JsonPropertyName]</c>, the context object's names, a
/// variable's name), which is written as it is.
/// </summary>
internal readonly struct DataName : IEquatable<DataName>
{
    private DataName(string name, bool named)
    {
        Name = name;
        Named = named;
    }

    /// <summary>The name as the lambda gives it.</summary>
    public string Name { get; }

    /// <summary>True when <see cref="Name"/> is already the JSON name (the naming policy does not apply).</summary>
    public bool Named { get; }

    /// <summary>A C# member name, which the naming policy converts.</summary>
    public static DataName Member(string name) => new(name, false);

    /// <summary>A name that is the JSON name.</summary>
    public static DataName Exact(string name) => new(name, true);

    /// <summary>The JSON name under the naming policy of the machine being built.</summary>
    public string Json => Named ? Name : DataNaming.Apply(Name);

    public bool Equals(DataName other) => Name == other.Name && Named == other.Named;

    public override bool Equals(object? obj) => obj is DataName other && Equals(other);

    public override int GetHashCode() => Name.GetHashCode() ^ (Named ? 1 : 0);

    public override string ToString() => Name;
}

/// <summary>
/// The naming policy of the machine being built. A lambda is read (at run time from an expression tree) before the machine
/// it belongs to is known, so it keeps C# member names; <see cref="Workflow.BuildWithOrigins"/> sets the policy of the
/// <c>[StateMachine]</c> attribute for the build, and the writers and the output check apply it. The build runs on one
/// thread, so the policy is per thread.
/// </summary>
internal static class DataNaming
{
    [ThreadStatic] private static JsonNamingPolicy? t_policy;

    /// <summary>The System.Text.Json policy of a <see cref="JsonNaming"/>, or null for <see cref="JsonNaming.AsWritten"/>.</summary>
    public static JsonNamingPolicy? PolicyOf(JsonNaming naming) => naming switch
    {
        JsonNaming.CamelCase => JsonNamingPolicy.CamelCase,
        JsonNaming.SnakeCaseLower => JsonNamingPolicy.SnakeCaseLower,
        JsonNaming.SnakeCaseUpper => JsonNamingPolicy.SnakeCaseUpper,
        JsonNaming.KebabCaseLower => JsonNamingPolicy.KebabCaseLower,
        JsonNaming.KebabCaseUpper => JsonNamingPolicy.KebabCaseUpper,
        _ => null,
    };

    /// <summary>The JSON name of the C# member name <paramref name="name"/> under the current policy.</summary>
    public static string Apply(string name) => t_policy is { } policy ? policy.ConvertName(name) : name;

    /// <summary>Makes <paramref name="naming"/> the policy of this thread until the result is disposed.</summary>
    public static IDisposable Use(JsonNaming naming) => new Scope(PolicyOf(naming));

    /// <summary>
    /// An Assign lambda: the members of the object it creates are variable names, which are not data of a C# type and
    /// keep the names as written (<c>c.Vars.orderId</c> reads them back by the same names).
    /// </summary>
    public static DataLambda AsVariables(DataLambda lambda)
    {
        if (lambda.Body is not DataObject obj) return lambda;
        var body = new DataObject(obj.Members.Select(m => new DataMember(DataName.Exact(m.Name.Name), m.Value)).ToArray(), obj.Text, obj.Origin);
        return new DataLambda(lambda.Input, lambda.InputType, body, lambda.Origin, lambda.Context) { ResultType = lambda.ResultType };
    }

    private sealed class Scope : IDisposable
    {
        private readonly JsonNamingPolicy? _previous;

        public Scope(JsonNamingPolicy? policy)
        {
            _previous = t_policy;
            t_policy = policy;
        }

        public void Dispose() => t_policy = _previous;
    }
}
