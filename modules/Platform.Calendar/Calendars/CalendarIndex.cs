using System.Runtime.CompilerServices;
using Platform.Calendar.Contracts;

namespace Platform.Calendar.Calendars;

/// <summary>
/// One calendar (national plus a region's overrides) laid out once over <see cref="CalendarSpan"/>
/// so that every question is a few array reads: prefix counts of working days, the working days
/// by ordinal, and prefix counts of days in unpublished years.
/// </summary>
internal sealed class CalendarIndex
{
    private readonly int firstDayNumber;
    private readonly int dayCount;
    private readonly int[] workingBefore;
    private readonly int[] workingDayOffsets;
    private readonly int[] unpublishedBefore;
    private readonly CalendarDayKind[] kinds;
    private readonly IReadOnlyDictionary<DateOnly, string> names;
    private readonly NationalCalendar national;

    private CalendarIndex(NationalCalendar national, CalendarDayKind[] kinds, IReadOnlyDictionary<DateOnly, string> names)
    {
        this.national = national;
        this.kinds = kinds;
        this.names = names;
        firstDayNumber = CalendarSpan.First.DayNumber;
        dayCount = kinds.Length;
        workingBefore = new int[dayCount + 1];
        unpublishedBefore = new int[dayCount + 1];
        var offsets = new List<int>(dayCount);
        for (var offset = 0; offset < dayCount; offset++)
        {
            var working = IsWorking(kinds[offset]);
            if (working) offsets.Add(offset);
            workingBefore[offset + 1] = workingBefore[offset] + (working ? 1 : 0);
            var published = national.Years.ContainsKey(DateOnly.FromDayNumber(firstDayNumber + offset).Year);
            unpublishedBefore[offset + 1] = unpublishedBefore[offset] + (published ? 0 : 1);
        }

        workingDayOffsets = offsets.ToArray();
    }

    public static CalendarIndex Build(NationalCalendar national, IEnumerable<RegionDay> regionDays)
    {
        var first = CalendarSpan.First.DayNumber;
        var kinds = new CalendarDayKind[CalendarSpan.Last.DayNumber - first + 1];
        for (var offset = 0; offset < kinds.Length; offset++)
            kinds[offset] = (first + offset) % 7 >= 5 ? CalendarDayKind.Weekend : CalendarDayKind.Workday;

        var names = new Dictionary<DateOnly, string>();
        void Mark(DateOnly date, CalendarDayKind kind, string name)
        {
            if (!CalendarSpan.Contains(date)) return;
            kinds[date.DayNumber - first] = kind;
            names[date] = name;
        }

        // Adjusted work days win over holidays and region days over both, whatever the order in the file.
        foreach (var holiday in national.Years.Values.SelectMany(y => y.Holidays))
            for (var date = holiday.From; date <= holiday.To; date = date.AddDays(1))
                Mark(date, CalendarDayKind.Holiday, holiday.Name);
        foreach (var workday in national.Years.Values.SelectMany(y => y.Workdays))
            Mark(workday.Date, CalendarDayKind.AdjustedWorkday, workday.Name);

        foreach (var day in regionDays)
            Mark(day.Date, day.Kind == RegionDayKind.Rest ? CalendarDayKind.RegionRest : CalendarDayKind.RegionWork, day.Name);
        return new CalendarIndex(national, kinds, names);
    }

    public static bool IsWorking(CalendarDayKind kind) =>
        kind is CalendarDayKind.Workday or CalendarDayKind.AdjustedWorkday or CalendarDayKind.RegionWork;

    public bool IsPublished(int year) => national.Years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly date) => IsWorking(kinds[Offset(date)]);

    public CalendarDayKind KindOf(DateOnly date) => kinds[Offset(date)];

    public string? NameOf(DateOnly date) => names.GetValueOrDefault(date);

    /// <summary>The N-th working day strictly after <paramref name="start"/>; for N = 0 the first working day on or after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DateOnly DueAfterWorkingDays(DateOnly start, int workingDays)
    {
        if (workingDays < 0) throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "A time limit is never negative.");
        var offset = Offset(start);
        var ordinal = workingDays == 0 ? workingBefore[offset] : workingBefore[offset + 1] + workingDays - 1;
        if ((uint)ordinal >= (uint)workingDayOffsets.Length) throw BeyondSpan(start);
        return DateOnly.FromDayNumber(firstDayNumber + workingDayOffsets[ordinal]);
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WorkingDaysAfter(DateOnly from, DateOnly to) =>
        workingBefore[Offset(to) + 1] - workingBefore[Offset(from) + 1];

    /// <summary>Whether any day from <paramref name="from"/> to <paramref name="to"/> (inclusive) lies in an unpublished year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AnyUnpublished(DateOnly from, DateOnly to) =>
        unpublishedBefore[Offset(to) + 1] - unpublishedBefore[Offset(from)] > 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Offset(DateOnly date)
    {
        var offset = date.DayNumber - firstDayNumber;
        if ((uint)offset >= (uint)dayCount) throw BeyondSpan(date);
        return offset;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception BeyondSpan(DateOnly date) => CalendarProblems.OutOfRange("start", date);
}
