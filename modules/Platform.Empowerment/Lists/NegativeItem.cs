namespace Platform.Empowerment.Lists;

/// <summary>One line of the park's 负面清单: industries (GB/T 4754 code prefixes) and keywords that may not enter, the measure and its basis.</summary>
internal sealed record NegativeItem(int Ordinal, IReadOnlyList<string> IndustryCodes, IReadOnlyList<string> Keywords, string Description,
    string Measure, string Basis)
{
    /// <summary>The first line an enterprise's industry code or business scope falls under; null admits it.</summary>
    public static NegativeItem? Prohibiting(IEnumerable<NegativeItem> list, string? industryCode, string? businessScope)
    {
        var code = industryCode?.Trim() ?? "";
        var scope = businessScope ?? "";
        return list.FirstOrDefault(item =>
            (code.Length > 0 && item.IndustryCodes.Any(prefix => code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            || item.Keywords.Any(k => scope.Contains(k, StringComparison.Ordinal)));
    }

    public string Refusal => $"属于园区投资经营负面清单第{Ordinal}项“{Description}”，{Measure}（依据：{Basis}）。";
}
