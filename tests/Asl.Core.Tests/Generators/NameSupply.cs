namespace Asl.Core.Tests.Generators;

/// <summary>
/// Hands out names that are unique across one machine: state names (with the spaces, punctuation, JSON
/// pointer characters and non-ASCII letters that real definitions use), variable names and Map labels.
/// </summary>
internal sealed class NameSupply(Draw draw)
{
    private static readonly string[] Verbs =
    [
        "Validate", "Charge", "Ship", "Notify", "Check", "Wait for", "Load", "Store", "Überprüfen", "Route",
        "Retry", "Fan out", "Collect", "Approve?", "Is it done?", "Send e-mail", "Résumé", "注文", "Step",
    ];

    private static readonly string[] Objects =
    [
        "order", "payment", "#42", "a/b", "x~y", "(v2)", "items", "\"quoted\"", "report", "user's", "",
    ];

    private int _next;

    public string State()
    {
        var name = $"{draw.Pick(Verbs)} {draw.Pick(Objects)} {++_next}".Replace("  ", " ");
        return name.Length <= 80 ? name : name.Substring(0, 80);
    }

    /// <summary>A variable name: an identifier, never the reserved <c>states</c>.</summary>
    public string Variable() => draw.Pick("order", "total", "customer", "attempt", "résumé", "item_count", "x") + (++_next);

    /// <summary>A distributed Map label: 1–40 characters, none of the forbidden ones.</summary>
    public string Label() => draw.Pick("import", "Reconcile", "batch-run", "map_run") + (++_next);
}
