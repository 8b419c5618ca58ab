using System.Reflection.Metadata;

namespace Asl.Build.Metadata;

/// <summary>Identifies custom attributes by their type's name, read from metadata without loading anything.</summary>
internal static class MetadataAttributes
{
    /// <summary>True when <paramref name="attribute"/>'s type is <paramref name="ns"/>.<paramref name="name"/>, referenced or defined here.</summary>
    public static bool IsOfType(MetadataReader reader, CustomAttribute attribute, string ns, string name)
    {
        EntityHandle parent;
        if (attribute.Constructor.Kind == HandleKind.MemberReference)
            parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        else if (attribute.Constructor.Kind == HandleKind.MethodDefinition)
            parent = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
        else return false;

        switch (parent.Kind)
        {
            case HandleKind.TypeReference:
                var reference = reader.GetTypeReference((TypeReferenceHandle)parent);
                return reader.StringComparer.Equals(reference.Name, name) && reader.StringComparer.Equals(reference.Namespace, ns);
            case HandleKind.TypeDefinition:
                var definition = reader.GetTypeDefinition((TypeDefinitionHandle)parent);
                return reader.StringComparer.Equals(definition.Name, name) && reader.StringComparer.Equals(definition.Namespace, ns);
            default:
                return false;
        }
    }
}
