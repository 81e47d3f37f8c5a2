using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Versions;

/// <summary>Field-by-field difference of two definitions, over their stored JSON so every field is covered.</summary>
internal static class VersionDiff
{
    public static IReadOnlyList<FieldDifference> Between(MatterDefinition before, MatterDefinition after)
    {
        var left = Flatten(before);
        var right = Flatten(after);
        return left.Keys.Union(right.Keys)
            .Select(field => new FieldDifference(field, left.GetValueOrDefault(field), right.GetValueOrDefault(field)))
            .Where(d => d.Before != d.After)
            .ToList();
    }

    public static Dictionary<string, string?> Flatten(MatterDefinition definition)
    {
        var fields = new Dictionary<string, string?>();
        Walk(JsonSerializer.SerializeToNode(definition, CatalogueJson.Options), "", fields);
        return fields;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string?> fields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj) Walk(child, path.Length == 0 ? key : $"{path}.{key}", fields);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", fields);
                break;
            case null:
                fields[path] = null;
                break;
            default:
                fields[path] = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
                break;
        }
    }
}
