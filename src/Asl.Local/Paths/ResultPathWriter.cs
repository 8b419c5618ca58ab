using Asl.Collections;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Json;
using Asl.Model;
using Asl.Paths;

namespace Asl.Local.Paths;

using JsonPath = Asl.Paths.JsonPath;

/// <summary>
/// Applies a ResultPath: places a result into a copy of the state input at a reference path, creating
/// missing objects on the way. <c>$</c> replaces the input; a null ResultPath discards the result.
/// </summary>
internal static class ResultPathWriter
{
    public static AslJson Apply(PathOrNull? resultPath, AslJson input, AslJson result)
    {
        if (resultPath is null) return result;
        if (resultPath.IsNull) return input;
        var path = PathCache.GetPath(resultPath.Path!, "ResultPath");
        if (path.Root != PathRoot.Input || !path.IsReferencePath)
            throw StatesError.Runtime($"The ResultPath '{resultPath.Path}' is not a reference path on the input; use a path such as '$.result' with only names and indexes.");
        if (path.Segments.IsEmpty) return result;
        return Place(path, 0, input, result, resultPath.Path!);
    }

    private static AslJson Place(JsonPath path, int index, AslJson node, AslJson result, string text)
    {
        if (index == path.Segments.Count) return result;
        switch (path.Segments[index].Selectors[0])
        {
            case NameSelector name:
            {
                if (node is not AslJsonObject obj)
                    throw Mismatch(text, node, $"the value at '{name.Name}''s parent is {JsonValues.KindName(node)}, not an object");
                var at = IndexOf(obj, name.Name);
                var existing = at < 0 ? JsonValues.EmptyObject : obj.Properties[at].Value;
                var child = index + 1 == path.Segments.Count ? result : Place(path, index + 1, existing, result, text);
                return WithMember(obj, at, name.Name, child);
            }
            case IndexSelector element:
            {
                if (node is not AslJsonArray array || element.Index < 0 || element.Index >= array.Items.Count)
                    throw Mismatch(text, node, $"there is no array element [{element.Index}] to replace");
                var items = new AslJson[array.Items.Count];
                for (var i = 0; i < items.Length; i++) items[i] = array.Items[i];
                items[element.Index] = Place(path, index + 1, items[element.Index], result, text);
                return JsonValues.Array(items);
            }
            default:
                throw Mismatch(text, node, "the path is not a reference path");
        }
    }

    private static int IndexOf(AslJsonObject obj, string name)
    {
        var properties = obj.Properties;
        for (var i = 0; i < properties.Count; i++)
            if (properties[i].Name == name) return i;
        return -1;
    }

    /// <summary>A copy of <paramref name="obj"/> with the member at <paramref name="at"/> replaced, or appended when <paramref name="at"/> is -1.</summary>
    private static AslJsonObject WithMember(AslJsonObject obj, int at, string name, AslJson value)
    {
        var properties = obj.Properties;
        var members = new AslJsonProperty[at < 0 ? properties.Count + 1 : properties.Count];
        for (var i = 0; i < properties.Count; i++) members[i] = properties[i];
        members[at < 0 ? properties.Count : at] = new AslJsonProperty(name, value);
        return new AslJsonObject(EquatableArray<AslJsonProperty>.UnsafeWrap(members));
    }

    private static StatesError Mismatch(string path, AslJson node, string why)
        => new(ErrorNames.ResultPathMatchFailure, $"Unable to apply ResultPath '{path}' to the input: {why}.");
}
