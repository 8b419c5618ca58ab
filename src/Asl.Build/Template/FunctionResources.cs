using System.Globalization;
using Asl.Build.Metadata;
using Asl.Build.Yaml;

namespace Asl.Build.Template;

/// <summary>The <c>AWS::Serverless::Function</c> resource of a <c>[LambdaFunction]</c> method.</summary>
internal static class FunctionResources
{
    /// <summary>
    /// The function on its managed runtime, with the method as its handler, the build output as its code, the
    /// basic execution role (logs) and the actions its code calls.
    /// </summary>
    public static YamlMapping Function(FunctionArtifact function, string codeUri)
    {
        var properties = new YamlMapping
        {
            { "Runtime", function.Runtime },
            { "Handler", function.Handler },
            { "CodeUri", codeUri },
        };
        if (function.TimeoutSeconds > 0) properties.Add("Timeout", Number(function.TimeoutSeconds));
        if (function.MemorySize > 0) properties.Add("MemorySize", Number(function.MemorySize));
        var policies = new YamlSequence { YamlNode.Text("AWSLambdaBasicExecutionRole") };
        if (function.Actions.Count > 0)
        {
            var actions = new YamlSequence();
            foreach (var action in function.Actions) actions.Add(YamlNode.Text(action));
            // What the function's code calls on is decided at run time (a task token names no resource), so the build
            // cannot narrow it; the reference sample grants states:SendTaskSuccess on "*" as well.
            policies.Add(new YamlMapping
            {
                { "Version", "2012-10-17" },
                {
                    "Statement", new YamlSequence
                    {
                        new YamlMapping { { "Sid", "FunctionCalls" }, { "Effect", "Allow" }, { "Action", actions }, { "Resource", "*" } },
                    }
                },
            });
        }
        properties.Add("Policies", policies);
        return new YamlMapping { { "Type", "AWS::Serverless::Function" }, { "Properties", properties } };
    }

    private static YamlScalar Number(int value) => new(value.ToString(CultureInfo.InvariantCulture)) { IsNumber = true };
}
