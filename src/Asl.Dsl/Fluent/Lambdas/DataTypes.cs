using Asl.Model;

namespace Asl;

/// <summary>
/// What the build knows of the data types that flow between states, by the names data lambdas give them: the source generator
/// reads members from the compilation; at run time nothing is checked, so no member is known.
/// </summary>
internal class DataTypes
{
    /// <summary>No member known (run time).</summary>
    public static DataTypes None { get; } = new();

    /// <summary>The type of the member of <paramref name="type"/> with the JSON name <paramref name="jsonName"/>, or null when unknown.</summary>
    public virtual string? Member(string type, string jsonName) => null;

    /// <summary>
    /// The type selected by <paramref name="path"/> from data of type <paramref name="type"/>: the type itself for no path or
    /// <c>$</c>, a member's for a plain member path (<c>$.Output</c>, <c>$.a.b</c>); unknown for anything else.
    /// </summary>
    public string? At(string? type, PathOrNull? path)
    {
        if (path is null || path.Path == "$") return type;
        if (type is null || path.Path is not { } text || !text.StartsWith("$.", System.StringComparison.Ordinal)) return null;
        foreach (var segment in text.Substring(2).Split('.'))
        {
            if (segment.Length == 0 || !IsPlain(segment)) return null;
            type = Member(type, segment);
            if (type is null) return null;
        }
        return type;
    }

    private static bool IsPlain(string segment)
    {
        if (!(char.IsLetter(segment[0]) || segment[0] == '_')) return false;
        foreach (var c in segment)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
