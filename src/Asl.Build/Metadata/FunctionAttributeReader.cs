using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace Asl.Build.Metadata;

/// <summary>
/// Finds the methods marked <c>[Asl.LambdaFunction]</c> in a compiled assembly by decoding their custom attributes
/// from metadata; like <see cref="ArtifactMetadataReader"/>, it never loads the assembly.
/// </summary>
internal static class FunctionAttributeReader
{
    private const string AttributeNamespace = "Asl";
    private const string AttributeName = "LambdaFunctionAttribute";

    /// <summary>The functions of the assembly, sorted by name; attributes that cannot be decoded are skipped.</summary>
    public static IReadOnlyList<FunctionArtifact> Read(MetadataReader reader)
    {
        var assembly = reader.GetString(reader.GetAssemblyDefinition().Name);
        var functions = new List<FunctionArtifact>();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                foreach (var attributeHandle in method.GetCustomAttributes())
                {
                    var attribute = reader.GetCustomAttribute(attributeHandle);
                    if (!MetadataAttributes.IsOfType(reader, attribute, AttributeNamespace, AttributeName)) continue;
                    if (Decode(reader, attribute, assembly + "::" + TypeName(reader, type) + "::" + reader.GetString(method.Name)) is { } function)
                        functions.Add(function);
                }
            }
        }
        return functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    private static FunctionArtifact? Decode(MetadataReader reader, CustomAttribute attribute, string handler)
    {
        CustomAttributeValue<string?> value;
        try
        {
            value = attribute.DecodeValue(AttributeTypes.Instance);
        }
        catch (Exception e) when (e is BadImageFormatException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
        if (value.FixedArguments.Length != 1 || value.FixedArguments[0].Value is not string name || name.Length == 0) return null;
        var runtime = "dotnet10";
        int timeout = 0, memory = 0;
        var actions = new List<string>();
        foreach (var named in value.NamedArguments)
        {
            switch (named.Name, named.Value)
            {
                case ("Runtime", string text) when text.Length > 0: runtime = text; break;
                case ("TimeoutSeconds", int seconds): timeout = seconds; break;
                case ("MemorySize", int megabytes): memory = megabytes; break;
                case ("Actions", ImmutableArray<CustomAttributeTypedArgument<string?>> items):
                    actions.AddRange(items.Select(i => i.Value as string).Where(a => !string.IsNullOrWhiteSpace(a))!);
                    break;
            }
        }
        return new FunctionArtifact(name, handler, runtime, timeout, memory, actions.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The type's full name as the runtime's handler string spells it (nested types joined with '+').</summary>
    private static string TypeName(MetadataReader reader, TypeDefinition type)
    {
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil) return TypeName(reader, reader.GetTypeDefinition(declaring)) + "+" + name;
        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>
    /// Decodes the attribute's argument types: the attribute has only strings, ints and a string array, so every
    /// type decodes to its name and only the primitive codes matter.
    /// </summary>
    private sealed class AttributeTypes : ICustomAttributeTypeProvider<string?>
    {
        public static readonly AttributeTypes Instance = new();

        public string? GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string? GetSystemType() => "System.Type";

        public string? GetSZArrayType(string? elementType) => elementType + "[]";

        public string? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);

        public string? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);

        public string? GetTypeFromSerializedName(string name) => name;

        // Enums cannot occur in this attribute; claiming int keeps decoding of unrelated data from throwing.
        public PrimitiveTypeCode GetUnderlyingEnumType(string? type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string? type) => type == "System.Type";
    }
}
