using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Matters;

/// <summary>How a definition is stored in jsonb: camelCase, enums by name, Chinese kept readable.</summary>
internal static class CatalogueJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(MatterDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static MatterDefinition Read(string json) =>
        JsonSerializer.Deserialize<MatterDefinition>(json, Options) ?? throw new InvalidOperationException("Empty matter definition.");
}
