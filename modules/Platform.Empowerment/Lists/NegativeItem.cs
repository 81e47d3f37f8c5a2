namespace Platform.Empowerment.Lists;

/// <summary>
/// One line of the park's 负面清单: industries (GB/T 4754 code prefixes) that may not enter, keywords for what the classification
/// cannot name (read in the declared business scope only, never in a project's name), the measure and its basis.
/// </summary>
internal sealed record NegativeItem(int Ordinal, IReadOnlyList<string> IndustryCodes, IReadOnlyList<string> Keywords, string Description,
    string Measure, string Basis)
{
    /// <summary>The first line an industry code (digits, see <see cref="IndustryCode.Digits"/>) or business scope falls under; null admits it.</summary>
    public static NegativeItem? Prohibiting(IEnumerable<NegativeItem> list, string? industryDigits, string? businessScope)
    {
        var code = industryDigits ?? "";
        var scope = businessScope ?? "";
        return list.FirstOrDefault(item =>
            (code.Length > 0 && item.IndustryCodes.Any(prefix => code.StartsWith(prefix, StringComparison.Ordinal)))
            || (scope.Length > 0 && item.Keywords.Any(k => scope.Contains(k, StringComparison.Ordinal))));
    }

    public string Refusal => $"属于园区投资经营负面清单第{Ordinal}项“{Description}”，{Measure}（依据：{Basis}）。";
}
