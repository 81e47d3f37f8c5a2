using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Platform.Kernel.Input;

namespace Platform.Host.Web.Input;

/// <summary>A date or instant in a JSON body, read as the serializer reads it and refused outside <see cref="InputDates"/>.</summary>
internal sealed class InputDateConverter<T>(JsonConverter<T> inner, Func<T, bool> allows) : JsonConverter<T>
    where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = inner.Read(ref reader, typeToConvert, options);
        return allows(value) ? value : throw new RefusedInputException(InputDates.Problem);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}

internal static class InputDateConverters
{
    public static IEnumerable<JsonConverter> All() =>
    [
        new InputDateConverter<DateOnly>(JsonMetadataServices.DateOnlyConverter, InputDates.Allows),
        new InputDateConverter<DateTime>(JsonMetadataServices.DateTimeConverter, InputDates.Allows),
        new InputDateConverter<DateTimeOffset>(JsonMetadataServices.DateTimeOffsetConverter, InputDates.Allows),
    ];
}
