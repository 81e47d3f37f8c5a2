using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Kernel.Input;

namespace Platform.Host.Web.Input;

/// <summary>Every string a JSON body carries, as a value or as a dictionary key, is refused when <see cref="StoredText"/> refuses it.</summary>
internal sealed class StoredTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Checked(string? value) =>
        value is not null && StoredText.Refuses(value) ? throw new RefusedInputException(StoredText.Problem) : value;
}
