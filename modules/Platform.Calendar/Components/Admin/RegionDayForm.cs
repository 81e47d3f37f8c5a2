namespace Platform.Calendar.Components.Admin;

/// <summary>A region day as the calendar page posts it.</summary>
internal sealed class RegionDayForm
{
    public string? Date { get; set; }
    public string Kind { get; set; } = "rest";
    public string? Name { get; set; }
}
