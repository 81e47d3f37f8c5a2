using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>
/// Bad JSON bodies for an endpoint's request type, built from its properties: unreadable JSON, the wrong
/// kind of value in every property, 1 MB strings, codes and ids that do not exist, path traversal, nulls.
/// All randomness comes from the caller's seeded <see cref="Random"/>, so a failure reproduces.
/// </summary>
internal static partial class BadBodies
{
    public const string Traversal = "../../etc/passwd";
    private const string FreeText = "可靠性测试说明";
    private static readonly string Megabyte = new('审', 1024 * 1024 / 3);

    public static IEnumerable<(string Kind, string Json)> For(Type requestType, Random random)
    {
        var properties = Properties(requestType);
        yield return ("malformed JSON", "{\"regionCode\": \"440784\", ");
        yield return ("not JSON", "<xml>审批</xml>");
        yield return ("an array instead of an object", "[1, 2, 3]");
        yield return ("wrong types", Build(properties, p => WrongType(p.PropertyType)));
        yield return ("1 MB strings", Build(properties, p => Textual(p.PropertyType) ? Megabyte : Plausible(p, random)));
        // Free text (a reason, an opinion) may say anything; only codes, ids, numbers and dates can be wrong in kind.
        if (properties.Any(p => Identifier(p) || !Textual(p.PropertyType) && Underlying(p.PropertyType) != typeof(bool)))
            yield return ("invalid codes and ids", Build(properties, p => Textual(p.PropertyType) && !Identifier(p) ? FreeText : Invalid(p.PropertyType, random)));
        if (properties.Any(Identifier))
            yield return ("path traversal", Build(properties, p => Identifier(p) ? Traversal : Plausible(p, random)));
        yield return ("nulls", Build(properties, _ => null));
    }

    private static PropertyInfo[] Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray();

    private static string Build(PropertyInfo[] properties, Func<PropertyInfo, JsonNode?> value)
    {
        var body = new JsonObject();
        foreach (var property in properties) body[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = value(property);
        return body.ToJsonString();
    }

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static bool Textual(Type type) => Underlying(type) == typeof(string);

    private static bool Numeric(Type type) => Underlying(type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double));

    private static bool Collection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static JsonNode WrongType(Type type) =>
        Textual(type) || Underlying(type) == typeof(Guid) || Underlying(type) == typeof(DateOnly) || Underlying(type) == typeof(DateTimeOffset) ? JsonValue.Create(12345)
        : Numeric(type) || Underlying(type) == typeof(bool) || Underlying(type).IsEnum ? JsonValue.Create("不是数字")
        : Collection(type) ? new JsonObject { ["a"] = 1 }
        : JsonValue.Create("不是对象");

    /// <summary>Well-formed but meaning nothing here: unknown codes, random ids, impossible dates, negative numbers.</summary>
    private static JsonNode? Invalid(Type type, Random random)
    {
        var t = Underlying(type);
        if (t == typeof(string)) return $"ZZ{random.Next(100000, 999999)}-不存在";
        if (t == typeof(Guid)) return GuidFrom(random).ToString();
        if (t == typeof(DateOnly)) return "2026-02-30";
        if (t == typeof(DateTimeOffset)) return "2026-13-45T25:61:00+08:00";
        if (Numeric(t)) return -random.Next(1, 1_000_000);
        if (t == typeof(bool)) return true;
        if (t.IsEnum) return "NoSuchValue";
        if (Collection(t)) return new JsonArray(JsonValue.Create($"ZZ{random.Next(1000, 9999)}"));
        return new JsonObject { ["code"] = $"ZZ{random.Next(1000, 9999)}" };
    }

    /// <summary>A value of the right kind, so the property under attack is not refused for its neighbours.</summary>
    private static JsonNode? Plausible(PropertyInfo property, Random random)
    {
        var t = Underlying(property.PropertyType);
        if (t == typeof(bool)) return true;
        if (Numeric(t)) return random.Next(1, 10);
        if (t == typeof(DateOnly)) return "2026-10-09";
        if (t == typeof(string) && !Identifier(property)) return FreeText;
        return Invalid(property.PropertyType, random);
    }

    /// <summary>A string that names something (a code, an id, a kind, a file): it can be unknown or a path.</summary>
    private static bool Identifier(PropertyInfo property) =>
        Textual(property.PropertyType) && IdentifierName().IsMatch(property.Name);

    [System.Text.RegularExpressions.GeneratedRegex(
        "(Code|Codes|Id|Ids|Token|Kind|Method|Procedure|Next|Role|Roles|Step|Type|Account|Identifier|Region|Reference|Channel|Route|Stage|Category|Status|Date|File|FileName|Path|Url)$")]
    private static partial System.Text.RegularExpressions.Regex IdentifierName();

    public static Guid GuidFrom(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
