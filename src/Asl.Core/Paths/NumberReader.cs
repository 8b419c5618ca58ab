using Asl.Json;

namespace Asl.Paths;

/// <summary>Reads a JSON number (<c>-12</c>, <c>0.5</c>, <c>1e3</c>) at the cursor.</summary>
internal static class NumberReader
{
    public static AslJsonNumber? Read(SyntaxCursor c)
    {
        var start = c.Position;
        if (c.Current == '-') c.Position++;
        if (!SyntaxCursor.IsDigit(c.Current))
        {
            c.Fail(c.Position, $"expected a digit, found {c.Describe()}");
            return null;
        }
        if (c.Current == '0' && SyntaxCursor.IsDigit(c.Next))
        {
            c.Fail(c.Position, "a number must not have leading zeros");
            return null;
        }
        SkipDigits(c);
        if (c.Current == '.')
        {
            c.Position++;
            if (!SyntaxCursor.IsDigit(c.Current))
            {
                c.Fail(c.Position, $"expected a digit after the decimal point, found {c.Describe()}");
                return null;
            }
            SkipDigits(c);
        }
        if (c.Current is 'e' or 'E')
        {
            c.Position++;
            if (c.Current is '+' or '-') c.Position++;
            if (!SyntaxCursor.IsDigit(c.Current))
            {
                c.Fail(c.Position, $"expected a digit in the exponent, found {c.Describe()}");
                return null;
            }
            SkipDigits(c);
        }
        return new AslJsonNumber(c.Text.Substring(start, c.Position - start));
    }

    private static void SkipDigits(SyntaxCursor c)
    {
        while (SyntaxCursor.IsDigit(c.Current)) c.Position++;
    }
}
