namespace Platform.Catalogue.Matters;

/// <summary>A stored field value as a person reads it: coded values by their label, yes/no in Chinese, units by name.</summary>
internal static class FieldValues
{
    public static string Of(string path, string? value, Func<string, string> unitName)
    {
        if (value is null) return "—";
        return FieldNames.LastKey(path) switch
        {
            "department" => unitName(value),
            "type" => Label(value, Labels.Types),
            "processing" => Label(value, Labels.Processing),
            "onlineDepth" => Label(value, Labels.Depths),
            "deliveryMethods" => Label(value, Labels.Deliveries),
            "requirement" => Label(value, Labels.Requirements),
            "form" => Label(value, Labels.Forms),
            "source" => Label(value, Labels.Sources),
            "kind" => Label(value, Labels.Procedures),
            "unit" => Label(value, Labels.Units),
            _ when value is "true" or "false" => Labels.YesNo(value == "true"),
            _ => value,
        };
    }

    private static string Label<TEnum>(string value, IReadOnlyDictionary<TEnum, string> labels) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var parsed) && labels.TryGetValue(parsed, out var label) ? label : value;
}
