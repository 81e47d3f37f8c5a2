using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>
/// Values at and beyond the edges, built from an OpenAPI schema: strings with control characters, dates at the ends
/// of the calendar and beyond, numbers at the ends of their types, and arrays whose items (and so their ids) repeat.
/// A body is plausible everywhere but where its variant puts the extreme value.
/// </summary>
internal sealed class ExtremeValues(JsonElement document, Func<string, string> region)
{
    public static readonly string[] ControlTexts = ["审批\u0000测试", "\u001f", "测试\uffff"];
    public static readonly string[] Dates = ["0001-01-01", "9999-12-31", "10000-01-01"];
    public static readonly string[] Numbers = [int.MaxValue.ToString(), long.MaxValue.ToString(), "-1", "1e308", "NaN"];

    /// <summary>The variants of a body: one per control text, date, number, and one with every array's items repeated.</summary>
    public IEnumerable<(string Kind, JsonNode? Body)> Bodies(JsonElement schema, string pattern)
    {
        foreach (var text in ControlTexts) yield return ($"text {Escape(text)}", Build(schema, new Variant(Text: text), pattern, null, 0));
        foreach (var date in Dates) yield return ($"date {date}", Build(schema, new Variant(Date: date), pattern, null, 0));
        foreach (var number in Numbers.Where(n => n != "NaN"))
            yield return ($"number {number}", Build(schema, new Variant(Number: number), pattern, null, 0));
        yield return ("repeated items", Build(schema, new Variant(Repeat: true), pattern, null, 0));
    }

    /// <summary>A body a caller would plausibly send, so an extreme parameter is not refused for its body.</summary>
    public JsonNode? PlausibleBody(JsonElement schema, string pattern) => Build(schema, new Variant(), pattern, null, 0);

    /// <summary>The extreme values for a query or path parameter of this schema.</summary>
    public IEnumerable<string> ForParameter(JsonElement schema) =>
        Kind(Resolve(schema)) switch
        {
            "date" or "date-time" => [.. Dates, ControlTexts[0]],
            "integer" or "number" => Numbers,
            "boolean" => ["NaN", ControlTexts[0]],
            "uuid" => [],
            _ => ControlTexts,
        };

    /// <summary>A value a caller would plausibly send for this parameter.</summary>
    public string Plausible(JsonElement schema, string name, string pattern) =>
        Kind(Resolve(schema)) switch
        {
            "date" => "2026-10-09",
            "date-time" => "2026-10-09T09:00:00+08:00",
            "integer" or "number" => name.Contains("page", StringComparison.OrdinalIgnoreCase) ? "1" : "5",
            "boolean" => "true",
            "uuid" => Guid.NewGuid().ToString(),
            _ => name.Contains("region", StringComparison.OrdinalIgnoreCase) ? region(pattern) : "测试",
        };

    private JsonNode? Build(JsonElement schema, Variant variant, string pattern, string? name, int depth)
    {
        schema = Resolve(schema);
        if (depth > 5) return null;
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0) return JsonNode.Parse(values[0].GetRawText());
        switch (Kind(schema))
        {
            case "object":
                var body = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                    foreach (var property in properties.EnumerateObject())
                        body[property.Name] = Build(property.Value, variant, pattern, property.Name, depth + 1);
                else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object)
                    body["q1"] = Build(extra, variant, pattern, "q1", depth + 1);
                return body;
            case "array":
                var item = schema.TryGetProperty("items", out var items) ? Build(items, variant, pattern, name, depth + 1) : JsonValue.Create("测试");
                return variant.Repeat ? new JsonArray(item, item?.DeepClone()) : new JsonArray(item);
            case "date":
                return variant.Date ?? "2026-10-09";
            case "date-time":
                return variant.Date is { } date ? $"{date}T00:00:00+00:00" : "2026-10-09T09:00:00+08:00";
            case "uuid":
                return Guid.NewGuid().ToString();
            case "integer":
                return variant.Number is { } whole && whole != "1e308" ? JsonNode.Parse(whole) : JsonValue.Create(1);
            case "number":
                return variant.Number is { } real ? JsonNode.Parse(real) : JsonValue.Create(1);
            case "boolean":
                return true;
            default:
                return variant.Text ?? (name?.Contains("region", StringComparison.OrdinalIgnoreCase) == true ? region(pattern) : "测试");
        }
    }

    /// <summary>Follows a $ref and picks the non-null member of a nullable union.</summary>
    private JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 10 && schema.ValueKind == JsonValueKind.Object; hops++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            else if ((schema.TryGetProperty("oneOf", out var union) || schema.TryGetProperty("anyOf", out union))
                     && union.EnumerateArray().FirstOrDefault(s => Kind(s) != "null") is { ValueKind: JsonValueKind.Object } member)
                schema = member;
            else break;
        }

        return schema;
    }

    private static string Kind(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) return "string";
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format is "date" or "date-time" or "uuid") return format;
        var types = !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
        if (schema.TryGetProperty("properties", out _) || schema.TryGetProperty("additionalProperties", out _)) return "object";
        return types.FirstOrDefault(t => t is "object" or "array" or "integer" or "number" or "boolean")
               ?? (types.Length == 1 && types[0] == "null" ? "null" : "string");
    }

    private static string Escape(string text) => string.Concat(text.Select(c => char.IsControl(c) || c == '\uffff' ? $"U+{(int)c:X4}" : c.ToString()));

    private sealed record Variant(string? Text = null, string? Date = null, string? Number = null, bool Repeat = false);
}
