using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;

namespace Platform.Calendar.Tests.Calendars;

/// <summary>
/// A random national calendar (some years of 2018–2032 published, with random holiday blocks and
/// adjusted weekend days) plus random region days, and a plain day-by-day oracle over it.
/// </summary>
internal sealed class RandomCalendar
{
    public const int FirstYear = 2018;
    public const int LastYear = 2032;

    private readonly NationalCalendar national;
    private readonly Dictionary<DateOnly, RegionDayKind> regionDays;

    public RandomCalendar(int seed)
    {
        var random = new Random(seed);
        var years = new Dictionary<int, PublishedYear>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            if (random.Next(3) == 0) continue;
            var holidays = Enumerable.Range(0, random.Next(8)).Select(i =>
            {
                var from = new DateOnly(year, 1, 1).AddDays(random.Next(365));
                return new HolidayBlock($"假日{i}", from, from.AddDays(random.Next(9)));
            }).ToList();
            var workdays = Enumerable.Range(0, random.Next(6))
                .Select(_ => new DateOnly(year, 1, 1).AddDays(random.Next(365)))
                .Where(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                .Distinct().Select(d => new AdjustedWorkday(d, "调休")).ToList();
            years[year] = new PublishedYear(year, "随机通知", holidays, workdays);
        }

        national = new NationalCalendar("CN", years);
        regionDays = Enumerable.Range(0, random.Next(20))
            .Select(_ => new DateOnly(random.Next(FirstYear, LastYear + 1), 1, 1).AddDays(random.Next(365)))
            .Distinct()
            .ToDictionary(d => d, _ => random.Next(2) == 0 ? RegionDayKind.Rest : RegionDayKind.Work);
        Index = CalendarIndex.Build(national, regionDays.Select(d => new RegionDay(d.Key, d.Value, "地方")));
    }

    public CalendarIndex Index { get; }

    public bool IsWorking(DateOnly date)
    {
        if (regionDays.TryGetValue(date, out var kind)) return kind == RegionDayKind.Work;
        // A holiday block may run past the end of the year whose notice lists it.
        var notices = national.Years.Values.Where(y => y.Year == date.Year || y.Year == date.Year - 1).ToList();
        if (notices.Any(y => y.Workdays.Any(w => w.Date == date))) return true;
        if (notices.Any(y => y.Holidays.Any(h => h.From <= date && date <= h.To))) return false;

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    public DateOnly DueByCounting(DateOnly start, int workingDays)
    {
        var date = start;
        if (workingDays == 0)
        {
            while (!IsWorking(date)) date = date.AddDays(1);
            return date;
        }

        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorking(date)) counted++;
        }

        return date;
    }

    public int ElapsedByCounting(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
            if (IsWorking(date)) count++;
        return count;
    }

    public bool AnyUnpublishedByCounting(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
            if (!national.Years.ContainsKey(date.Year)) return true;
        return false;
    }
}
