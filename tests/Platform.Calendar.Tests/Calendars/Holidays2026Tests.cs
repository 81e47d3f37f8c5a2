using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Shouldly;
using static Platform.Calendar.Tests.TestCalendars;

namespace Platform.Calendar.Tests.Calendars;

/// <summary>Every holiday block and adjusted work day of the 2026 notice, from both sides.</summary>
public sealed class Holidays2026Tests
{
    [Theory]
    [MemberData(nameof(Holidays2026.Edges), MemberType = typeof(Holidays2026))]
    public void Should_count_working_days_across_the_2026_holidays_when_starting_near_an_edge(string start, int workingDays, string expected)
    {
        var answer = DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date(start), workingDays);

        answer.Due.ShouldBe(Date(expected));
        answer.Provisional.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-01-04", "元旦调休")]
    [InlineData("2026-02-14", "春节调休")]
    [InlineData("2026-02-28", "春节调休")]
    [InlineData("2026-05-09", "劳动节调休")]
    [InlineData("2026-09-20", "国庆节调休")]
    [InlineData("2026-10-10", "国庆节调休")]
    public void Should_treat_the_weekend_day_as_a_working_day_when_the_notice_adjusts_it(string date, string name)
    {
        NationalIndex.IsWorkingDay(Date(date)).ShouldBeTrue();
        NationalIndex.KindOf(Date(date)).ShouldBe(CalendarDayKind.AdjustedWorkday);
        NationalIndex.NameOf(Date(date)).ShouldBe(name);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-03", "元旦")]
    [InlineData("2026-02-15", "2026-02-23", "春节")]
    [InlineData("2026-04-04", "2026-04-06", "清明节")]
    [InlineData("2026-05-01", "2026-05-05", "劳动节")]
    [InlineData("2026-06-19", "2026-06-21", "端午节")]
    [InlineData("2026-09-25", "2026-09-27", "中秋节")]
    [InlineData("2026-10-01", "2026-10-07", "国庆节")]
    public void Should_rest_on_every_day_of_the_block_when_the_notice_lists_a_holiday(string from, string to, string name)
    {
        for (var date = Date(from); date <= Date(to); date = date.AddDays(1))
        {
            NationalIndex.IsWorkingDay(date).ShouldBeFalse(date.ToString());
            NationalIndex.KindOf(date).ShouldBe(CalendarDayKind.Holiday);
            NationalIndex.NameOf(date).ShouldBe(name);
        }

        NationalIndex.KindOf(Date(from).AddDays(-1)).ShouldNotBe(CalendarDayKind.Holiday);
        NationalIndex.KindOf(Date(to).AddDays(1)).ShouldNotBe(CalendarDayKind.Holiday);
    }

    [Theory]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-10-10", 1, "2025-10-11")]
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    [InlineData("2025-04-25", 1, "2025-04-27")]
    public void Should_apply_the_2025_notice_when_counting_in_2025(string start, int workingDays, string expected)
    {
        DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date(start), workingDays).Due.ShouldBe(Date(expected));
    }
}
