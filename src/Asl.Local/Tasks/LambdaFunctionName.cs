namespace Asl.Local.Tasks;

/// <summary>
/// A Lambda function reference in any form AWS accepts: <c>name</c>, <c>name:qualifier</c>,
/// <c>account:function:name[:qualifier]</c> or <c>arn:aws:lambda:region:account:function:name[:qualifier]</c>.
/// </summary>
internal sealed record LambdaFunctionName(string Name, string? Qualifier)
{
    public static LambdaFunctionName? Parse(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var parts = reference.Split(':');
        string name;
        string? qualifier = null;
        if (parts.Length >= 7 && parts[0] == "arn" && parts[2] == "lambda" && parts[5] == "function")
        {
            name = parts[6];
            if (parts.Length == 8) qualifier = parts[7];
            else if (parts.Length > 8) return null;
        }
        else if (parts.Length >= 3 && parts[1] == "function")
        {
            name = parts[2];
            if (parts.Length == 4) qualifier = parts[3];
            else if (parts.Length > 4) return null;
        }
        else if (parts.Length <= 2)
        {
            name = parts[0];
            if (parts.Length == 2) qualifier = parts[1];
        }
        else
        {
            return null;
        }
        return name.Length == 0 || (qualifier is not null && qualifier.Length == 0) ? null : new LambdaFunctionName(name, qualifier);
    }

    public string Arn(string region, string account)
        => $"arn:aws:lambda:{region}:{account}:function:{Name}{(Qualifier is null ? "" : ":" + Qualifier)}";
}
