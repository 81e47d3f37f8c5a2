using System.Globalization;

namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>Reading cell text as numbers, 是/否, and coded values given by their Chinese label or code name.</summary>
internal static class Cells
{
    public static int Int(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CellFormatException($"“{text}”不是整数");

    public static bool YesNo(string text) => text.Trim() switch
    {
        "是" or "Y" or "TRUE" or "true" or "1" => true,
        "否" or "N" or "FALSE" or "false" or "0" or "" => false,
        _ => throw new CellFormatException($"“{text}”须填“是”或“否”"),
    };

    public static TEnum Coded<TEnum>(string text, IReadOnlyDictionary<TEnum, string> labels) where TEnum : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var (value, label) in labels)
        {
            if (label == trimmed) return value;
        }

        return Enum.TryParse<TEnum>(trimmed, out var named) && Enum.IsDefined(named)
            ? named
            : throw new CellFormatException($"“{text}”不是有效值，可选：{string.Join("、", labels.Values)}");
    }

    public static List<TEnum> CodedList<TEnum>(string text, IReadOnlyDictionary<TEnum, string> labels) where TEnum : struct, Enum =>
        Lines(text, '、').Select(part => Coded(part, labels)).ToList();

    public static List<string> Lines(string text, char separator = '\n') =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
