using Platform.Calendar.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using static Platform.Calendar.Tests.TestCalendars;

namespace Platform.Calendar.Tests.RegionDays;

/// <summary>Each test works in its own region or its own dates, so no test counts another's deadlines.</summary>
public sealed class RegionCalendarAdminTests(CalendarHostFixture fixture) : IClassFixture<CalendarHostFixture>
{
    private IRegionCalendarAdmin Admin => fixture.Host.Get<IRegionCalendarAdmin>();

    private async Task<Guid> OpenAsync(string region, string start, int workingDays) =>
        await fixture.Host.Get<ITransactionRunner>().RunAsync(tx => fixture.Host.Get<IDeadlineRegistry>().OpenAsync(tx,
            new OpenDeadline(region, "case", Guid.NewGuid().ToString(), Instant(start), TimeLimit.WorkingDays(workingDays)),
            CancellationToken.None), CancellationToken.None);

    private async Task<DateOnly> DueAsync(Guid id) =>
        (await fixture.Host.Get<ITransactionRunner>().RunAsync(tx => fixture.Host.Get<IDeadlineRegistry>().GetAsync(tx, id,
            CancellationToken.None), CancellationToken.None)).Due.Due;

    [Fact]
    public async Task Should_recompute_open_deadlines_of_the_region_when_a_rest_day_is_added_and_removed()
    {
        var inRegion = await OpenAsync("320903", "2026-09-24T09:00:00+08:00", 3);
        var elsewhere = await OpenAsync("210300", "2026-09-24T09:00:00+08:00", 3);

        (await Admin.AddDayAsync("320903", new RegionDay(Date("2026-09-28"), RegionDayKind.Rest, "地方节日"), "admin-1", CancellationToken.None))
            .ShouldBe(1);
        (await DueAsync(inRegion)).ShouldBe(Date("2026-10-08"));
        (await DueAsync(elsewhere)).ShouldBe(Date("2026-09-30"));
        (await fixture.Host.Get<IWorkingCalendarProvider>().ForRegionAsync("320903", CancellationToken.None))
            .IsWorkingDay(Date("2026-09-28")).ShouldBeFalse();

        (await Admin.RemoveDayAsync("320903", Date("2026-09-28"), "admin-1", CancellationToken.None)).ShouldBe(1);
        (await DueAsync(inRegion)).ShouldBe(Date("2026-09-30"));
    }

    [Fact]
    public async Task Should_count_a_region_work_day_when_one_is_added()
    {
        var id = await OpenAsync("430600", "2026-06-18T09:00:00+08:00", 1);

        await Admin.AddDayAsync("430600", new RegionDay(Date("2026-06-20"), RegionDayKind.Work, "集中办公日"), "admin-2", CancellationToken.None);

        (await DueAsync(id)).ShouldBe(Date("2026-06-20"));
        (await Admin.DaysAsync("430600", 2026, CancellationToken.None)).ShouldContain(d => d.Date == Date("2026-06-20"));
    }

    [Fact]
    public async Task Should_audit_every_change_in_the_regions_chain()
    {
        await Admin.AddDayAsync("430682", new RegionDay(Date("2026-03-16"), RegionDayKind.Rest, "园区停电检修"), "admin-3", CancellationToken.None);
        await Admin.RemoveDayAsync("430682", Date("2026-03-16"), "admin-3", CancellationToken.None);

        var verification = await fixture.Host.Get<IAuditTrail>().VerifyAsync("430682", CancellationToken.None);

        verification.Intact.ShouldBeTrue();
        verification.RecordsChecked.ShouldBe(2);
    }

    [Theory]
    [InlineData("2026-10-01", RegionDayKind.Rest, "calendar.region_day.already_rest")]
    [InlineData("2026-10-12", RegionDayKind.Work, "calendar.region_day.already_work")]
    public async Task Should_refuse_a_day_when_the_national_calendar_already_counts_it_that_way(string date, RegionDayKind kind, string code)
    {
        var problem = await Should.ThrowAsync<PlatformProblem>(() =>
            Admin.AddDayAsync("440784", new RegionDay(Date(date), kind, "重复"), "admin-4", CancellationToken.None));

        problem.Code.ShouldBe(code);
    }

    [Fact]
    public async Task Should_refuse_a_second_change_of_the_same_day_and_a_removal_of_a_missing_one()
    {
        await Admin.AddDayAsync("440784", new RegionDay(Date("2026-04-13"), RegionDayKind.Rest, "地方节日"), "admin-5", CancellationToken.None);

        (await Should.ThrowAsync<PlatformProblem>(() => Admin.AddDayAsync("440784",
            new RegionDay(Date("2026-04-13"), RegionDayKind.Rest, "地方节日"), "admin-5", CancellationToken.None))).Code.ShouldBe("calendar.region_day.exists");
        (await Should.ThrowAsync<PlatformProblem>(() => Admin.RemoveDayAsync("440784", Date("2026-04-14"), "admin-5",
            CancellationToken.None))).Code.ShouldBe("calendar.region_day.not_found");
    }
}
