using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Kernel.Input;

namespace Platform.Host.Web.Input;

/// <summary>A free-form JSON value in a body (a case's form) is held to <see cref="StoredText"/> in every string and key it contains.</summary>
internal sealed class JsonElementTextConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = JsonElement.ParseValue(ref reader);
        if (Refused(element, "") is { } path) throw new RefusedInputException(StoredText.Problem, path);
        return element;
    }

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);

    /// <summary>Where inside <paramref name="element"/> the first refused string or key is, relative to it; null when there is none.</summary>
    private static string? Refused(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return StoredText.Refuses(element.GetString()) ? path : null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var inner = $"{path}.{property.Name}";
                    if (StoredText.Refuses(property.Name)) return inner;
                    if (Refused(property.Value, inner) is { } found) return found;
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    if (Refused(item, $"{path}[{index++}]") is { } found) return found;
                return null;
            default:
                return null;
        }
    }
}
