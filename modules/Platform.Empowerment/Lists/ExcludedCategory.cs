namespace Platform.Empowerment.Lists;

/// <summary>A category of power that stays with the city (安全生产, 生态环保 底线), recognised by its code or its keywords.</summary>
internal sealed record ExcludedCategory(string Code, string Name, IReadOnlyList<string> Keywords, string Reason)
{
    /// <summary>The first category that claims a matter by its declared category, its name or its keywords; null when none does.</summary>
    public static ExcludedCategory? Claiming(IEnumerable<ExcludedCategory> categories, string category, string matterName, IEnumerable<string> keywords)
    {
        var words = keywords.ToList();
        return categories.FirstOrDefault(c => c.Code == category
            || c.Keywords.Any(k => matterName.Contains(k, StringComparison.Ordinal) || words.Any(w => w.Contains(k, StringComparison.Ordinal))));
    }

    public string RefusalFor(string matterName) => $"事项“{matterName}”属于{Name}底线工作，不予赋权：{Reason}";
}
