using Platform.Calendar.Contracts;

namespace Platform.Calendar.Calendars;

/// <summary>One year of one calendar as month grids, for the calendar page and its API.</summary>
internal sealed record YearGrid(int Year, string? Region, bool Published, IReadOnlyList<MonthGrid> Months)
{
    public static YearGrid Of(CalendarIndex index, int year, string? region) => new(year, region, index.IsPublished(year),
        Enumerable.Range(1, 12).Select(month => new MonthGrid(month,
            Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Select(day =>
            {
                var date = new DateOnly(year, month, day);
                var kind = index.KindOf(date);
                return new GridDay(date, CalendarIndex.IsWorking(kind), kind, index.NameOf(date));
            }).ToList())).ToList());
}
