using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Platform.Calendar.Calendars;

namespace Platform.Calendar.Tests.Calendars;

/// <summary>The constant-time index must agree with a plain day-by-day count on any calendar.</summary>
public sealed class CalendarIndexPropertyTests
{
    private static readonly Gen<DateOnly> Dates =
        Gen.Choose(new DateOnly(RandomCalendar.FirstYear, 1, 1).DayNumber, new DateOnly(RandomCalendar.LastYear, 6, 30).DayNumber)
            .Select(DateOnly.FromDayNumber);

    private static readonly Gen<(int Seed, DateOnly Start, int Amount)> Questions =
        from seed in Gen.Choose(0, 20)
        from start in Dates
        from amount in Gen.Choose(0, 120)
        select (seed, start, amount);

    private static readonly RandomCalendar[] Calendars = Enumerable.Range(0, 21).Select(seed => new RandomCalendar(seed)).ToArray();

    [Property(MaxTest = 500)]
    public Property Should_equal_a_day_by_day_count_when_asking_a_due_date_on_a_random_calendar() =>
        Prop.ForAll(Questions.ToArbitrary(), question =>
        {
            var calendar = Calendars[question.Seed];
            var answer = DeadlineArithmetic.WorkingDaysDue(calendar.Index, question.Start, question.Amount);
            var expected = calendar.DueByCounting(question.Start, question.Amount);
            return answer.Due == expected
                   && answer.Provisional == calendar.AnyUnpublishedByCounting(question.Start, expected);
        });

    [Property(MaxTest = 500)]
    public Property Should_equal_a_day_by_day_count_when_counting_elapsed_days_on_a_random_calendar() =>
        Prop.ForAll(Questions.ToArbitrary(), question =>
        {
            var calendar = Calendars[question.Seed];
            var to = question.Start.AddDays(question.Amount * 2);
            return calendar.Index.WorkingDaysAfter(question.Start, to) == calendar.ElapsedByCounting(question.Start, to)
                   && calendar.Index.IsWorkingDay(to) == calendar.IsWorking(to);
        });

    [Property(MaxTest = 200)]
    public Property Should_land_back_on_the_due_date_when_counting_the_elapsed_days_of_an_answer() =>
        Prop.ForAll(Questions.ToArbitrary(), question =>
        {
            var index = Calendars[question.Seed].Index;
            var amount = Math.Max(1, question.Amount);
            var due = index.DueAfterWorkingDays(question.Start, amount);
            return index.WorkingDaysAfter(question.Start, due) == amount && index.IsWorkingDay(due);
        });
}
