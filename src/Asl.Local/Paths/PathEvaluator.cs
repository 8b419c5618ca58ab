using Asl.Json;
using Asl.Paths;

namespace Asl.Local.Paths;

using JsonPath = Asl.Paths.JsonPath;

/// <summary>
/// Evaluates parsed JSONPath (the Jayway dialect Step Functions uses). A definite path (only single names and
/// indexes) selects at most one value and reports "not found" when a step is missing; any other path selects
/// a list of values, returned as an array (possibly empty).
/// </summary>
internal static class PathEvaluator
{
    /// <summary>
    /// The most values one evaluation may visit. Each '..' segment walks the whole subtree of every value it starts
    /// from, and a filter may hold a path of its own, so a short path over a deep input multiplies the work
    /// (<c>$..*..*..*..*</c> over 500 levels visits billions of values). A path that needs more fails with
    /// States.Runtime; a path with one '..' over the largest input a state can have (256 KiB) visits far fewer.
    /// </summary>
    internal const long MaxVisits = 10_000_000;

    // Shared by the evaluations a filter starts inside another one (the walk is synchronous, on one thread).
    [ThreadStatic] private static long _visitsLeft;
    [ThreadStatic] private static int _evaluating;

    /// <summary>True when the path selects at most one value.</summary>
    public static bool IsDefinite(JsonPath path)
    {
        foreach (var segment in path.Segments)
        {
            if (segment.IsDescendant || segment.Selectors.Count != 1) return false;
            if (segment.Selectors[0] is not (NameSelector or IndexSelector)) return false;
        }
        return true;
    }

    /// <summary>
    /// Evaluates <paramref name="path"/>. Returns false when a definite path does not match, or when the
    /// variable it starts from is not defined (<paramref name="missingVariable"/> is then set).
    /// </summary>
    public static bool TryEvaluate(JsonPath path, IPathScope scope, out AslJson value, out string? missingVariable)
        => TryEvaluate(path, scope, current: null, out value, out missingVariable);

    internal static bool TryEvaluate(JsonPath path, IPathScope scope, AslJson? current, out AslJson value, out string? missingVariable)
    {
        missingVariable = null;
        value = AslJson.Null;
        AslJson root;
        switch (path.Root)
        {
            case PathRoot.Input:
                root = scope.Input;
                break;
            case PathRoot.Context:
                if (IsDefinite(path)) return scope.TryWalkContext(path, out value);
                root = scope.ContextObject;
                break;
            case PathRoot.Variable:
                if (!scope.TryGetVariable(path.VariableName!, out root))
                {
                    missingVariable = path.VariableName;
                    return false;
                }
                break;
            default:
                if (current is null) return false;
                root = current;
                break;
        }

        if (IsDefinite(path)) return TryWalkDefinite(path, root, out value);

        var matches = new List<AslJson>();
        if (_evaluating++ == 0) _visitsLeft = MaxVisits;
        try
        {
            Collect(path, 0, root, scope, matches);
        }
        catch (VisitLimitReached) when (_evaluating == 1)
        {
            throw Errors.StatesError.Runtime(
                $"The path '{path}' visits more than {MaxVisits:N0} values of its input: each '..' walks every value below the ones it starts from, and each filter runs its own path for every value it tests. Select with a more specific path.");
        }
        finally
        {
            _evaluating--;
        }
        value = Local.Json.JsonValues.Array(matches);
        return true;
    }

    /// <summary>Counts one value visited; unwinds the whole evaluation once <see cref="MaxVisits"/> are spent.</summary>
    private static void Visit()
    {
        if (--_visitsLeft < 0) throw new VisitLimitReached();
    }

    private sealed class VisitLimitReached : Exception;

    private static bool TryWalkDefinite(JsonPath path, AslJson node, out AslJson value)
        => TryWalkDefinite(path, 0, node, out value);

    /// <summary>Walks the segments of a definite path from <paramref name="start"/> on, beginning at <paramref name="node"/>.</summary>
    internal static bool TryWalkDefinite(JsonPath path, int start, AslJson node, out AslJson value)
    {
        for (var s = start; s < path.Segments.Count; s++)
        {
            switch (path.Segments[s].Selectors[0])
            {
                case NameSelector name when node is AslJsonObject obj:
                    var member = obj[name.Name];
                    if (member is null) goto default;
                    node = member;
                    break;
                case IndexSelector index when node is AslJsonArray array:
                    var i = index.Index < 0 ? array.Items.Count + index.Index : index.Index;
                    if (i < 0 || i >= array.Items.Count) goto default;
                    node = array.Items[i];
                    break;
                default:
                    value = AslJson.Null;
                    return false;
            }
        }
        value = node;
        return true;
    }

    private static void Collect(JsonPath path, int segmentIndex, AslJson node, IPathScope scope, List<AslJson> matches)
    {
        Visit();
        if (segmentIndex == path.Segments.Count)
        {
            matches.Add(node);
            return;
        }
        var segment = path.Segments[segmentIndex];
        if (segment.IsDescendant)
        {
            CollectDescendants(path, segmentIndex, node, scope, matches);
            return;
        }
        foreach (var selector in segment.Selectors)
            Select(selector, node, scope, child => Collect(path, segmentIndex + 1, child, scope, matches));
    }

    private static void CollectDescendants(JsonPath path, int segmentIndex, AslJson node, IPathScope scope, List<AslJson> matches)
    {
        Json.StackGuard.Ensure();
        Visit();
        // Pre-order: the selectors apply to this node first, then to every descendant in document order.
        foreach (var selector in path.Segments[segmentIndex].Selectors)
            Select(selector, node, scope, child => Collect(path, segmentIndex + 1, child, scope, matches));
        switch (node)
        {
            case AslJsonObject obj:
                foreach (var member in obj.Properties) CollectDescendants(path, segmentIndex, member.Value, scope, matches);
                break;
            case AslJsonArray array:
                foreach (var item in array.Items) CollectDescendants(path, segmentIndex, item, scope, matches);
                break;
        }
    }

    private static void Select(PathSelector selector, AslJson node, IPathScope scope, Action<AslJson> next)
    {
        switch (selector)
        {
            case NameSelector name:
                if (node is AslJsonObject obj && obj[name.Name] is { } member) next(member);
                break;
            case WildcardSelector:
                if (node is AslJsonObject all) foreach (var p in all.Properties) next(p.Value);
                else if (node is AslJsonArray items) foreach (var item in items.Items) next(item);
                break;
            case IndexSelector index:
                if (node is AslJsonArray array)
                {
                    var i = index.Index < 0 ? array.Items.Count + index.Index : index.Index;
                    if (i >= 0 && i < array.Items.Count) next(array.Items[i]);
                }
                break;
            case SliceSelector slice:
                if (node is AslJsonArray sliced) SelectSlice(slice, sliced, next);
                break;
            case FilterSelector filter:
                // Jayway applies a filter to each element of an array, and to an object itself.
                if (node is AslJsonArray candidates)
                {
                    foreach (var item in candidates.Items)
                        if (FilterEvaluator.Test(filter.Expression, item, scope)) next(item);
                }
                else if (node is AslJsonObject && FilterEvaluator.Test(filter.Expression, node, scope))
                {
                    next(node);
                }
                break;
        }
    }

    private static void SelectSlice(SliceSelector slice, AslJsonArray array, Action<AslJson> next)
    {
        var length = array.Items.Count;
        var step = slice.Step ?? 1;
        if (step == 0) return;
        static int Normalize(int i, int length) => i >= 0 ? i : length + i;
        if (step > 0)
        {
            var start = Math.Min(Math.Max(Normalize(slice.Start ?? 0, length), 0), length);
            var end = Math.Min(Math.Max(Normalize(slice.End ?? length, length), 0), length);
            for (var i = start; i < end; i += step) next(array.Items[i]);
        }
        else
        {
            var start = slice.Start is { } s ? Math.Min(Math.Max(Normalize(s, length), -1), length - 1) : length - 1;
            var end = slice.End is { } e ? Math.Min(Math.Max(Normalize(e, length), -1), length - 1) : -1;
            for (var i = start; i > end; i += step) next(array.Items[i]);
        }
    }
}
