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
                var existing = obj[name.Name];
                var child = index + 1 == path.Segments.Count ? result : Place(path, index + 1, existing ?? JsonValues.EmptyObject, result, text);
                return new JsonObjectBuilder(obj).Set(name.Name, child).Build();
            }
            case IndexSelector element:
            {
                if (node is not AslJsonArray array || element.Index < 0 || element.Index >= array.Items.Count)
                    throw Mismatch(text, node, $"there is no array element [{element.Index}] to replace");
                var items = array.Items.ToArray();
                items[element.Index] = Place(path, index + 1, items[element.Index], result, text);
                return JsonValues.Array(items);
            }
            default:
                throw Mismatch(text, node, "the path is not a reference path");
        }
    }

    private static StatesError Mismatch(string path, AslJson node, string why)
        => new(ErrorNames.ResultPathMatchFailure, $"Unable to apply ResultPath '{path}' to the input: {why}.");
}
