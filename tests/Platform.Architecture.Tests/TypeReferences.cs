using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Platform.Architecture.Tests;

/// <summary>Reads from an assembly's metadata which types of which other assemblies its code uses.</summary>
internal static class TypeReferences
{
    public static IReadOnlyList<(string Assembly, string Type)> Of(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<(string, string)>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                var outer = metadata.GetTypeReference((TypeReferenceHandle)scope);
                reference = outer;
                scope = outer.ResolutionScope;
            }

            if (scope.Kind != HandleKind.AssemblyReference) continue;
            var target = metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            var ns = metadata.GetString(reference.Namespace);
            found.Add((target, ns.Length == 0 ? metadata.GetString(reference.Name) : $"{ns}.{metadata.GetString(reference.Name)}"));
        }

        return found.Distinct().ToList();
    }
}
