using Platform.Cases.Contracts;
using Platform.Cases.Correction;
using Platform.Cases.Domain;
using Platform.Cases.Intake;
using Platform.Cases.Tracking;
using Platform.Testing;

namespace Platform.Cases.Tests.Correction;

public sealed class CorrectionTests
{
    [Fact]
    public async Task Should_move_the_due_date_by_exactly_the_working_days_the_applicant_took_to_answer()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, [.. TestMatters.PlanningPermit.Materials.Select(m => m.Code)]);
        var accepted = await fixture.Get<AcceptCase>().AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None);
        accepted.DueDate.ShouldBe(new DateOnly(2026, 9, 17));

        // Two working days after acceptance the reviewer finds a wrong drawing and sends one notice.
        fixture.Clock.Set(TestClock.At(2026, 9, 16, 15));
        var corrected = await fixture.Get<CorrectionSteps>().RequestAsync(accepted.Id, accepted.Version,
            [new CorrectionItem("M03", null, "总平面图比例尺错误")], CaseFixture.Reviewer, CancellationToken.None);
        corrected.State.ShouldBe(CaseState.AwaitingCorrection);

        // The applicant answers five working days later: 17, 18, 20 (a Sunday made a work day for 国庆), 21 and 22 September.
        fixture.Clock.Set(TestClock.At(2026, 9, 22, 11));
        var file = await fixture.UploadAsync(CaseFixture.Applicant, "总平面图.pdf");
        var answered = await fixture.Get<CorrectionSteps>().AnswerAsync(corrected.Id, corrected.Version,
            [new SubmittedMaterial("M03", file, null)], CaseFixture.Applicant, CancellationToken.None);

        answered.State.ShouldBe(CaseState.UnderReview);
        var calendar = fixture.Get<Platform.Calendar.Contracts.IWorkingCalendarProvider>().National;
        calendar.WorkingDaysElapsed(TestClock.At(2026, 9, 16, 15), TestClock.At(2026, 9, 22, 11)).ShouldBe(5);
        // 17 September moved by five working days: 18, 20, 21, 22, 23.
        answered.DueDate.ShouldBe(calendar.Due(new DateOnly(2026, 9, 17), Platform.Calendar.Contracts.TimeLimit.WorkingDays(5)).Due);
        answered.DueDate.ShouldBe(new DateOnly(2026, 9, 23));
    }

    [Fact]
    public async Task Should_be_due_13_october_when_a_heshan_permit_due_30_september_waits_five_working_days_for_correction()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");
        var accepted = await fixture.Get<AcceptCase>().TolerantAcceptAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk, CancellationToken.None);
        accepted.DueDate.ShouldBe(new DateOnly(2026, 9, 30));

        fixture.Clock.Set(TestClock.At(2026, 9, 29, 10));
        var corrected = await fixture.Get<CorrectionSteps>().RequestAsync(accepted.Id, accepted.Version,
            [new CorrectionItem("M01", null, "申请表缺少法定代表人签章")], CaseFixture.Reviewer, CancellationToken.None);
        fixture.Clock.Set(TestClock.At(2026, 10, 12, 16));
        var file = await fixture.UploadAsync(CaseFixture.Applicant);
        var answered = await fixture.Get<CorrectionSteps>().AnswerAsync(corrected.Id, corrected.Version,
            [new SubmittedMaterial("M01", file, null)], CaseFixture.Applicant, CancellationToken.None);

        // 30 Sep, 8, 9, 10 (a Saturday work day) and 12 October passed while the clock stood still.
        answered.DueDate.ShouldBe(new DateOnly(2026, 10, 13));
    }

    [Fact]
    public async Task Should_send_the_case_back_without_starting_the_clock_when_correction_is_asked_at_intake()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");

        var corrected = await fixture.Get<CorrectionSteps>().RequestAsync(submitted.Id, submitted.Version,
            [new CorrectionItem("M02", null, "缺少"), new CorrectionItem(null, "项目名称", "与立项批复不一致")], CaseFixture.Clerk, CancellationToken.None);
        var file = await fixture.UploadAsync(CaseFixture.Applicant);
        var answered = await fixture.Get<CorrectionSteps>().AnswerAsync(corrected.Id, corrected.Version,
            [new SubmittedMaterial("M02", file, null)], CaseFixture.Applicant, CancellationToken.None);

        answered.State.ShouldBe(CaseState.Submitted);
        answered.DeadlineId.ShouldBeNull();
        var view = (await fixture.Get<CaseQueries>().GetAsync(answered.Id, CancellationToken.None))!;
        view.Timeline.Select(t => t.Action).ShouldBe(["Submit", "RequestCorrection", "AnswerCorrection"]);
        view.Timeline[1].Data.GetProperty("items").GetArrayLength().ShouldBe(2);
        view.Materials.Single(m => m.Code == "M02").Status.ShouldBe("Provided");
    }
}
