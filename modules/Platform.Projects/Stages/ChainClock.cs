using Platform.Calendar.Contracts;
using Platform.Projects.Contracts;

namespace Platform.Projects.Stages;

/// <summary>
/// The whole-chain clock (全流程用时): working days counted from each stage's acceptance at its window to its
/// completion (or now, while it runs), summed over the stages. Between stages the clock stands still while the
/// applicant prepares the next filing; the chain deadline in the registry is suspended then, the same way.
/// </summary>
internal static class ChainClock
{
    public static ChainClockView Measure(IWorkingCalendar calendar, IEnumerable<StageRow> stages, int capDays, DateTimeOffset now)
    {
        var accepted = stages.Where(s => s.AcceptedAt is not null).ToList();
        var used = accepted.Sum(s => calendar.WorkingDaysElapsed(Utc(s.AcceptedAt!.Value), s.CompletedAt is { } done ? Utc(done) : now));
        var running = accepted.Any(s => s.CompletedAt is null);
        var finished = accepted.Count == 4 && !running;
        return new ChainClockView(used, capDays, running, finished, used <= capDays);
    }

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
