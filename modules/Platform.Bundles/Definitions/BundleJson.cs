using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Bundles.Contracts;

namespace Platform.Bundles.Definitions;

/// <summary>How definitions, answers and forms are stored in jsonb: camelCase, enums by name, Chinese kept readable.</summary>
internal static class BundleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static BundleDefinition ReadDefinition(string json) =>
        JsonSerializer.Deserialize<BundleDefinition>(json, Options) ?? throw new InvalidOperationException("Empty bundle definition.");

    public static Dictionary<string, string> ReadMap(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? [];
}
