using System.Text;

namespace Asl.Local.S3;

/// <summary>
/// CSV rows as a distributed Map's ItemReader splits them (RFC 4180): fields separated by the delimiter, double quotes
/// around fields that hold the delimiter, quotes or line breaks (<c>""</c> inside is one quote), rows ended by LF or
/// CRLF. Empty lines are skipped; a line of spaces is a row whose first field is those spaces (as AWS reads it).
/// </summary>
internal static class CsvRows
{
    public static IEnumerable<List<string>> Read(string text, char delimiter)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var rowHasContent = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                rowHasContent = true;
                continue;
            }
            if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
                rowHasContent = true;
                i++;
                continue;
            }
            if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                if (rowHasContent || field.Length > 0)
                {
                    row.Add(field.ToString());
                    yield return row;
                }
                row = new List<string>();
                field.Clear();
                rowHasContent = false;
                continue;
            }
            field.Append(c);
            i++;
        }
        if (rowHasContent || field.Length > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }

    /// <summary>The character a ReaderConfig's CSVDelimiter names (default COMMA); null for a name AWS does not define.</summary>
    public static char? Delimiter(string? name) => name switch
    {
        null or "COMMA" => ',',
        "PIPE" => '|',
        "SEMICOLON" => ';',
        "SPACE" => ' ',
        "TAB" => '\t',
        _ => null,
    };
}
