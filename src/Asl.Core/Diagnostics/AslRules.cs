using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Asl.Diagnostics;

/// <summary>
/// The rule catalogue. Each section of docs/rules.md lives in its own partial file (AslRules.*.cs);
/// a code, once given, is never reused for another meaning.
/// Code blocks: A 1000–1019, B 1020–1039, C 1040–1059, D 1060–1079, reader 1090–1099, E 1100–1199 (1100 + Enn),
/// F 1200–1219, G 1220–1239, H 1240–1249, I 1250–1269, J 1270–1299, K 1300–1319, L 1320–1339,
/// M 1340–1349, N 1350–1369.
/// </summary>
public static partial class AslRules
{
    /// <summary>
    /// Where Asl's documentation lives when nothing else is known (the repository's docs/ folder). A build with the Asl.Dsl
    /// package links to the copy inside the package instead (the MSBuild property <c>AslHelpLinkBase</c>).
    /// </summary>
    public const string DocsRoot = "https://github.com/asl-dotnet/asl/blob/main/docs/";

    /// <summary>Base of the help links; the code and ".md" follow.</summary>
    public const string HelpLinkBase = DocsRoot + "rules/";

    /// <summary>A help link under <see cref="DocsRoot"/> moved under <paramref name="docsBase"/> (a folder URL ending in '/'); unchanged without one.</summary>
    public static string RebaseHelpLink(string link, string? docsBase) =>
        string.IsNullOrEmpty(docsBase) || !link.StartsWith(DocsRoot, System.StringComparison.Ordinal)
            ? link
            : docsBase + (docsBase!.EndsWith("/", System.StringComparison.Ordinal) ? "" : "/") + link.Substring(DocsRoot.Length);

    private static AslRule[]? _all;

    /// <summary>Every rule, ordered by code.</summary>
    public static IReadOnlyList<AslRule> All => _all ??= typeof(AslRules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(AslRule))
        .Select(f => (AslRule)f.GetValue(null)!)
        .OrderBy(r => r.Code, System.StringComparer.Ordinal)
        .ToArray();

    /// <summary>The rule with this code, or null.</summary>
    public static AslRule? Find(string code) => All.FirstOrDefault(r => r.Code == code);

    private static AslRule Error(string code, string id, string title, string message) => new(code, id, AslSeverity.Error, title, message);

    private static AslRule Warning(string code, string id, string title, string message) => new(code, id, AslSeverity.Warning, title, message);
}
