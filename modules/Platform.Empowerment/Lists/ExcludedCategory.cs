namespace Platform.Empowerment.Lists;

/// <summary>
/// A category of power that stays with the city (安全生产, 生态环保 底线), recognised by the matter itself: its code, its
/// implementing department, its declared category, or a keyword in the catalogue's own name and legal basis of the matter.
/// </summary>
internal sealed record ExcludedCategory(string Code, string Name, IReadOnlyList<string> Keywords, string Reason)
{
    /// <summary>Departments whose powers are all bottom-line work (应急管理局 for safety production).</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>Matters named outright, by implementation code or basic code (catalog_code).</summary>
    public IReadOnlyList<string> MatterCodes { get; init; } = [];

    /// <summary>The first category that claims the matter; null when none does.</summary>
    public static ExcludedCategory? Claiming(IEnumerable<ExcludedCategory> categories, MatterFacts matter) =>
        categories.FirstOrDefault(c => c.Claims(matter));

    private bool Claims(MatterFacts matter) =>
        Code == matter.Category
        || MatterCodes.Any(code => code == matter.Code || code == matter.CatalogCode)
        || matter.Departments.Any(Departments.Contains)
        || Keywords.Any(k => matter.Texts.Any(text => text.Contains(k, StringComparison.Ordinal)));

    public string RefusalFor(string matterName) => $"事项“{matterName}”属于{Name}底线工作，不予赋权：{Reason}";
}

/// <summary>
/// What the catalogue says a matter is, as the bottom-line check reads it: codes, the departments involved (implementing
/// body, delegating body, the department handing it over), its category, and its texts (the catalogue's name, legal basis).
/// </summary>
internal sealed record MatterFacts(string Code, string CatalogCode, string Name, string Category, IReadOnlyList<string> Departments,
    IReadOnlyList<string> Texts);
