using System.Text;
using Asl.Paths;

namespace Asl.Local.Paths;

using JsonPath = Asl.Paths.JsonPath;

/// <summary>Spells a path the way Step Functions quotes it in error causes (<c>$['a']['b'][0]</c>).</summary>
internal static class JaywayFormat
{
    public static string Bracketed(JsonPath path)
    {
        var text = new StringBuilder();
        text.Append(path.Root switch
        {
            PathRoot.Context => "$$",
            PathRoot.Variable => "$" + path.VariableName,
            PathRoot.Current => "@",
            _ => "$",
        });
        foreach (var segment in path.Segments)
        {
            if (segment.IsDescendant || segment.Selectors.Count != 1)
                return path.ToString();
            switch (segment.Selectors[0])
            {
                case NameSelector name:
                    text.Append("['").Append(name.Name).Append("']");
                    break;
                case IndexSelector index:
                    text.Append('[').Append(index.Index).Append(']');
                    break;
                default:
                    return path.ToString();
            }
        }
        return text.ToString();
    }
}
