using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Shouldly;
using static Platform.Calendar.Tests.TestCalendars;

namespace Platform.Calendar.Tests.Calendars;

public sealed class DeadlineArithmeticTests
{
    [Theory]
    [InlineData("2027-03-01", 5)]
    [InlineData("2026-12-31", 1)]
    [InlineData("2026-12-25", 10)]
    public void Should_mark_the_answer_provisional_when_the_counted_range_reaches_an_unpublished_year(string start, int workingDays)
    {
        DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date(start), workingDays).Provisional.ShouldBeTrue();
    }

    [Fact]
    public void Should_count_weekends_only_when_the_year_is_unpublished()
    {
        var answer = DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date("2026-12-31"), 1);

        answer.Due.ShouldBe(Date("2027-01-01"));
        NationalIndex.IsPublished(2027).ShouldBeFalse();
    }

    [Fact]
    public void Should_not_be_provisional_when_the_range_stays_inside_published_years()
    {
        DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date("2026-12-30"), 1).Provisional.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-09-24", 5, "2026-09-29")]
    [InlineData("2026-09-24", 7, "2026-10-08")]
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-09-26", 0, "2026-09-28")]
    public void Should_move_a_calendar_day_limit_to_the_next_working_day_when_it_ends_on_a_rest_day(string start, int days, string expected)
    {
        DeadlineArithmetic.CalendarDaysDue(NationalIndex, Date(start), days).Due.ShouldBe(Date(expected));
    }

    [Fact]
    public void Should_add_natural_hours_when_the_limit_is_in_hours()
    {
        var answer = DeadlineArithmetic.Due(NationalIndex, Instant("2026-09-30T10:00:00+08:00"), TimeLimit.Hours(24));

        answer.DueInstant.ShouldBe(Instant("2026-10-01T10:00:00+08:00"));
        answer.Due.ShouldBe(Date("2026-10-01"));
        answer.Provisional.ShouldBeFalse();
    }

    [Fact]
    public void Should_count_from_the_business_date_when_a_day_limit_starts_at_an_instant()
    {
        // 2026-09-23T17:00Z is already 09-24 in Asia/Shanghai.
        DeadlineArithmetic.Due(NationalIndex, Instant("2026-09-23T17:00:00Z"), TimeLimit.WorkingDays(3)).Due.ShouldBe(Date("2026-09-30"));
    }

    [Fact]
    public void Should_end_a_day_limit_at_midnight_shanghai_when_the_due_date_is_over()
    {
        DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date("2026-09-24"), 3).DueInstant
            .ShouldBe(BusinessTime.StartOf(Date("2026-10-01")));
    }

    [Fact]
    public void Should_count_working_days_elapsed_between_two_instants()
    {
        DeadlineArithmetic.WorkingDaysElapsed(NationalIndex, Instant("2026-09-24T09:00:00+08:00"), Instant("2026-10-09T09:00:00+08:00"), [])
            .ShouldBe(5);
    }

    [Fact]
    public void Should_leave_out_suspended_working_days_when_counting_elapsed_days()
    {
        Suspension[] suspensions =
        [
            new(Instant("2026-09-28T10:00:00+08:00"), Instant("2026-09-29T16:00:00+08:00")),
            new(Instant("2026-09-29T09:00:00+08:00"), Instant("2026-10-08T09:00:00+08:00")),
        ];

        DeadlineArithmetic.WorkingDaysElapsed(NationalIndex, Instant("2026-09-24T09:00:00+08:00"), Instant("2026-10-09T09:00:00+08:00"), suspensions)
            .ShouldBe(2);
    }

    [Fact]
    public void Should_count_an_open_suspension_up_to_the_end_when_it_has_not_ended()
    {
        Suspension[] suspensions = [new(Instant("2026-09-28T10:00:00+08:00"), null)];

        DeadlineArithmetic.WorkingDaysElapsed(NationalIndex, Instant("2026-09-24T09:00:00+08:00"), Instant("2026-10-09T09:00:00+08:00"), suspensions)
            .ShouldBe(1);
    }

    [Theory]
    [InlineData("2026-09-24T10:00:00+08:00", WarningLevel.Normal, 3)]
    [InlineData("2026-09-28T10:00:00+08:00", WarningLevel.Yellow, 2)]
    [InlineData("2026-09-29T10:00:00+08:00", WarningLevel.Yellow, 1)]
    [InlineData("2026-09-30T23:59:59+08:00", WarningLevel.Red, 0)]
    [InlineData("2026-10-01T00:00:00+08:00", WarningLevel.Overdue, 0)]
    [InlineData("2026-10-08T09:00:00+08:00", WarningLevel.Overdue, -1)]
    public void Should_raise_the_warning_level_when_the_due_date_approaches(string at, WarningLevel expected, int remaining)
    {
        var deadline = DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date("2026-09-24"), 3);

        DeadlineArithmetic.WarningAt(NationalIndex, deadline, Instant(at), yellowWorkingDays: 2).ShouldBe(expected);
        DeadlineArithmetic.RemainingWorkingDays(NationalIndex, deadline, Instant(at)).ShouldBe(remaining);
    }

    [Fact]
    public void Should_count_a_region_rest_day_as_rest_when_the_region_adds_one()
    {
        var index = WithRegionDays(new RegionDay(Date("2026-09-28"), RegionDayKind.Rest, "地方节日"));

        DeadlineArithmetic.WorkingDaysDue(index, Date("2026-09-24"), 3).Due.ShouldBe(Date("2026-10-08"));
        index.KindOf(Date("2026-09-28")).ShouldBe(CalendarDayKind.RegionRest);
    }

    [Fact]
    public void Should_count_a_region_work_day_when_the_region_adds_one()
    {
        var index = WithRegionDays(new RegionDay(Date("2026-10-01"), RegionDayKind.Work, "集中办公日"));

        DeadlineArithmetic.WorkingDaysDue(index, Date("2026-09-30"), 1).Due.ShouldBe(Date("2026-10-01"));
        DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date("2026-09-30"), 1).Due.ShouldBe(Date("2026-10-08"));
    }

    [Fact]
    public void Should_refuse_a_start_when_it_lies_outside_the_calendar_span()
    {
        var problem = Should.Throw<PlatformProblem>(() => DeadlineArithmetic.WorkingDaysDue(NationalIndex, Date("1999-12-31"), 1));

        problem.Code.ShouldBe("calendar.out_of_range");
    }

    [Theory]
    [InlineData("2000-01-01")]
    [InlineData("2026-06-15")]
    [InlineData("2100-12-31")]
    public void Should_match_the_time_zone_rules_when_computing_day_boundaries_fast(string date)
    {
        BusinessDays.StartOf(Date(date)).ShouldBe(BusinessTime.StartOf(Date(date)));
    }
}
