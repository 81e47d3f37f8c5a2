using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Platform.Calendar.Deadlines;
using Platform.Calendar.RegionDays;
using Platform.Kernel.Database;
using Platform.Kernel.Modularity;
using Platform.Kernel.Time;
using static Platform.Calendar.Tests.TestCalendars;

namespace Platform.Calendar.Tests.Deadlines;

public sealed class NationalCalendarSyncTests(CalendarHostFixture fixture) : IClassFixture<CalendarHostFixture>
{
    [Fact]
    public async Task Should_recompute_provisional_deadlines_when_their_year_is_published()
    {
        var runner = fixture.Host.Get<ITransactionRunner>();
        var id = await runner.RunAsync(tx => fixture.Host.Get<IDeadlineRegistry>().OpenAsync(tx,
            new OpenDeadline("440784", "case", "sync-1", Instant("2027-02-05T09:00:00+08:00"), TimeLimit.WorkingDays(3)),
            CancellationToken.None), CancellationToken.None);

        var published2027 = new PublishedYear(2027, "测试通知", [new HolidayBlock("春节", Date("2027-02-06"), Date("2027-02-14"))], []);
        var national = new NationalCalendar("CN", new Dictionary<int, PublishedYear>(National.Years) { [2027] = published2027 });
        var clock = fixture.Host.Get<IClock>();
        var calendars = new CalendarIndexCache(national, fixture.Host.Get<Deployment>(),
            new RegionDayStore(fixture.Host.Get<NpgsqlDataSource>()), CalendarOptions.Default, clock);
        var sync = new NationalCalendarSync(calendars, runner, new DeadlineRecompute(clock, []), clock, NullLogger<NationalCalendarSync>.Instance);

        (await sync.SyncAsync(CancellationToken.None)).ShouldBe(1);
        (await sync.SyncAsync(CancellationToken.None)).ShouldBe(0);

        var stored = await runner.RunAsync(async tx =>
        {
            await using var command = new NpgsqlCommand("SELECT due_date, provisional FROM calendar.deadlines WHERE id = $1", tx.Connection, tx)
            {
                Parameters = { new() { Value = id } },
            };
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (Due: reader.GetFieldValue<DateOnly>(0), Provisional: reader.GetBoolean(1));
        }, CancellationToken.None);
        stored.ShouldBe((Date("2027-02-17"), false));
    }
}
