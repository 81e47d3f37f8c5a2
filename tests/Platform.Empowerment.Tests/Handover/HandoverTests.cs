using Platform.Calendar.Contracts;
using Platform.Empowerment.Handover;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Empowerment.Tests.Handover;

public sealed class HandoverTests
{
    [Fact]
    public async Task Should_open_the_records_deadline_5_and_the_access_deadline_3_calendar_days_after_signing_and_keep_the_agreement_text()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));

        var signed = await fixture.SignAsync("fgj", 1);

        var view = (await fixture.Get<AgreementViews>().GetAsync(signed.Id, CancellationToken.None))!;
        view.StateName.ShouldBe("已签署、交接中");
        // Signed Monday 2 March: 5 calendar days end Saturday 7 March, a rest day, so the last day moves to Monday 9 March.
        view.Steps.Single(s => s.Step == "Records").Due.ShouldBe(new DateOnly(2026, 3, 9));
        view.Steps.Single(s => s.Step == "Access").Due.ShouldBe(new DateOnly(2026, 3, 5));
        var records = await DeadlineAsync(fixture, signed.RecordsDeadlineId!.Value);
        records.SubjectType.ShouldBe("handover-records");
        records.Limit.ShouldBe(TimeLimit.CalendarDays(5));
        (await DeadlineAsync(fixture, signed.AccessDeadlineId!.Value)).SubjectType.ShouldBe("handover-access");
        var text = view.AgreementText.ShouldNotBeNull();
        text.ShouldContain("甲方（移交部门）：临湘市发展和改革局");
        text.ShouldContain("1. 固定资产投资项目节能审查（11430682MB0000051X000150001000，直接赋权）");
        text.ShouldContain("甲方于2026年3月9日前");
        text.ShouldContain("甲方于2026年3月5日前");
        text.ShouldContain("“行政审批服务专用章”");
    }

    [Fact]
    public async Task Should_open_the_deadlines_an_agreement_sets_in_working_days_instead_of_the_programmes()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var process = fixture.Get<HandoverProcess>();
        var started = await process.StartAsync(ParkFixture.Region, "fgj", 1, "test", CancellationToken.None,
            programme => HandoverLimits.From(programme, 10, null, "WorkingDays"));
        var trained = await process.StepAsync(started.Id, started.Version, HandoverStep.Training, null, "test", CancellationToken.None);

        var signed = await process.StepAsync(trained.Id, trained.Version, HandoverStep.Sign, null, "test", CancellationToken.None);

        var view = (await fixture.Get<AgreementViews>().GetAsync(signed.Id, CancellationToken.None))!;
        // Signed Monday 2 March: 10 working days end Monday 16 March; the access deadline keeps the programme's 3, now in working days.
        view.Steps.Single(s => s.Step == "Records").Due.ShouldBe(new DateOnly(2026, 3, 16));
        view.Steps.Single(s => s.Step == "Access").Due.ShouldBe(new DateOnly(2026, 3, 5));
        (await DeadlineAsync(fixture, signed.RecordsDeadlineId!.Value)).Limit.ShouldBe(TimeLimit.WorkingDays(10));
        view.AgreementText.ShouldNotBeNull().ShouldContain("甲方于2026年3月16日前");
    }

    [Theory]
    [InlineData(0, null, null, "recordsDays")]
    [InlineData(null, 61, null, "accessDays")]
    [InlineData(null, null, "Hours", "dayUnit")]
    public async Task Should_refuse_handover_deadlines_out_of_range_or_in_another_unit_and_start_nothing(int? records, int? access, string? unit,
        string field)
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));

        var refused = await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<HandoverProcess>().StartAsync(ParkFixture.Region, "fgj", 1, "test",
            CancellationToken.None, programme => HandoverLimits.From(programme, records, access, unit)));

        refused.Status.ShouldBe(400);
        refused.Errors.Keys.ShouldBe([field]);
        (await fixture.Get<AgreementViews>().PageAsync(ParkFixture.Region, 1, 20, CancellationToken.None)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Should_show_the_access_deadline_overdue_when_access_is_not_given_within_3_days()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var signed = await fixture.SignAsync("fgj", 1);

        fixture.Clock.Set(TestClock.At(2026, 3, 6, 9));

        var view = (await fixture.Get<AgreementViews>().GetAsync(signed.Id, CancellationToken.None))!;
        view.Steps.Single(s => s.Step == "Access").Warning.ShouldBe(nameof(WarningLevel.Overdue));
        view.Steps.Single(s => s.Step == "Records").Warning.ShouldNotBe(nameof(WarningLevel.Overdue));
    }

    [Fact]
    public async Task Should_refuse_signing_before_training_and_effect_before_records_and_access()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var process = fixture.Get<HandoverProcess>();
        var started = await process.StartAsync(ParkFixture.Region, "fgj", 1, "test", CancellationToken.None);

        var early = await Should.ThrowAsync<PlatformProblem>(() =>
            process.StepAsync(started.Id, started.Version, HandoverStep.Sign, null, "test", CancellationToken.None));
        var signed = await fixture.SignAsync("fgj", 1);
        var records = await process.StepAsync(signed.Id, signed.Version, HandoverStep.Records, null, "test", CancellationToken.None);
        var premature = await Should.ThrowAsync<PlatformProblem>(() =>
            process.StepAsync(records.Id, records.Version, HandoverStep.Effective, null, "test", CancellationToken.None));

        early.Code.ShouldBe("empowerment.handover.step_not_allowed");
        premature.Code.ShouldBe("empowerment.handover.step_not_allowed");
        premature.Detail!.ShouldContain("开通系统权限（3日内）");
    }

    [Fact]
    public async Task Should_close_both_deadlines_and_make_the_batch_entries_effective_when_the_handover_completes()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));

        var done = await fixture.CompleteHandoverAsync("fgj", 1, TestClock.At(2026, 3, 30, 0));

        done.State.ShouldBe(HandoverState.Effective);
        (await DeadlineAsync(fixture, done.RecordsDeadlineId!.Value)).Status.ShouldBe(DeadlineStatus.Closed);
        (await DeadlineAsync(fixture, done.AccessDeadlineId!.Value)).Status.ShouldBe(DeadlineStatus.Closed);
        var batch = (await fixture.Get<Platform.Empowerment.Lists.ParkLists>().BatchesAsync(ParkFixture.Region, CancellationToken.None)).Single(b => b.Number == 1);
        batch.Effective.ShouldBe(1);
        batch.Entries.ShouldBe(2);
        batch.TargetDate.ShouldBe(new DateOnly(2022, 3, 30));
        batch.Late.ShouldBeTrue();
    }

    private static async Task<DeadlineState> DeadlineAsync(ParkFixture fixture, Guid id)
    {
        await using var connection = await fixture.Get<Npgsql.NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        return await fixture.Get<IDeadlineRegistry>().GetAsync(tx, id, CancellationToken.None);
    }
}
