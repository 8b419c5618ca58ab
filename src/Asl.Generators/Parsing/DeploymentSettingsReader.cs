using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Asl.Collections;
using Asl.Deployment;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators.Parsing;

/// <summary>
/// Reads the deployment settings of a [StateMachine] class: the attribute's logging, tracing, role, key and alias
/// arguments and its [StateMachineTag] attributes, each with the C# location a problem with it is reported on
/// (by setting name; tags by <c>Tags/INDEX</c>).
/// </summary>
internal static class DeploymentSettingsReader
{
    public const string TagAttributeName = "Asl.StateMachineTagAttribute";

    private static readonly string[] LogLevels = { Deployment.LogLevels.Off, Deployment.LogLevels.All, Deployment.LogLevels.Error, Deployment.LogLevels.Fatal };

    public static (DeploymentSettings Settings, EquatableArray<OriginInfo> Origins) Read(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellation)
    {
        var settings = DeploymentSettings.Default;
        var origins = new List<OriginInfo>();
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellation) as AttributeSyntax;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = argument.Value.Value;
            var known = true;
            switch (argument.Key)
            {
                case nameof(DeploymentSettings.LogLevel) when value is int level:
                    settings = settings with { LogLevel = level >= 0 && level < LogLevels.Length ? LogLevels[level] : level.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case nameof(DeploymentSettings.LogExecutionData) when value is bool data:
                    settings = settings with { LogExecutionData = data };
                    break;
                case nameof(DeploymentSettings.LogGroup):
                    settings = settings with { LogGroup = value as string };
                    break;
                case nameof(DeploymentSettings.LogRetentionDays) when value is int days:
                    settings = settings with { LogRetentionDays = days };
                    break;
                case nameof(DeploymentSettings.Tracing) when value is bool tracing:
                    settings = settings with { Tracing = tracing };
                    break;
                case nameof(DeploymentSettings.RoleArn):
                    settings = settings with { RoleArn = value as string };
                    break;
                case nameof(DeploymentSettings.KmsKeyArn):
                    settings = settings with { KmsKeyArn = value as string };
                    break;
                case nameof(DeploymentSettings.KmsDataKeyReusePeriodSeconds) when value is int seconds:
                    settings = settings with { KmsDataKeyReusePeriodSeconds = seconds };
                    break;
                case nameof(DeploymentSettings.Alias):
                    settings = settings with { Alias = value as string };
                    break;
                default:
                    known = false;
                    break;
            }
            if (known && Argument(syntax, argument.Key) is { } location) origins.Add(new OriginInfo(argument.Key, location));
        }

        var tags = new List<DeploymentTag>();
        foreach (var tag in type.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == TagAttributeName))
        {
            if (tag.ConstructorArguments.Length != 2 || tag.ConstructorArguments[0].Value is not string key) continue;
            if (tag.ApplicationSyntaxReference?.GetSyntax(cancellation) is { } tagSyntax && LocationInfo.From(tagSyntax) is { } at)
                origins.Add(new OriginInfo("Tags/" + tags.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), at));
            tags.Add(new DeploymentTag(key, tag.ConstructorArguments[1].Value as string ?? ""));
        }
        if (tags.Count > 0) settings = settings with { Tags = tags.ToEquatableArray() };
        return (settings, origins.ToEquatableArray());
    }

    /// <summary>The <c>Name = value</c> argument of the attribute's syntax.</summary>
    private static LocationInfo? Argument(AttributeSyntax? syntax, string name) =>
        syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name) is { } argument ? LocationInfo.From(argument) : null;
}
