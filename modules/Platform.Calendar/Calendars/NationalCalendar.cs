namespace Platform.Calendar.Calendars;

/// <summary>The national calendar: the published years; any other year is weekends only and provisional.</summary>
internal sealed record NationalCalendar(string Country, IReadOnlyDictionary<int, PublishedYear> Years)
{
    public static NationalCalendar WeekendsOnly { get; } = new("CN", new Dictionary<int, PublishedYear>());
}
