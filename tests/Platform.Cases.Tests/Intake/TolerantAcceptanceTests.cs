using Platform.Cases.Contracts;
using Platform.Cases.Intake;
using Platform.Cases.Tracking;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Cases.Tests.Intake;

public sealed class TolerantAcceptanceTests
{
    [Fact]
    public async Task Should_be_due_on_30_september_when_a_heshan_planning_permit_is_accepted_with_only_its_core_material_on_24_september()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");

        fixture.Clock.Set(TestClock.At(2026, 9, 24, 10));
        var accepted = await fixture.Get<AcceptCase>().TolerantAcceptAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk, CancellationToken.None);

        accepted.State.ShouldBe(CaseState.UnderReview);
        accepted.DueDate.ShouldBe(new DateOnly(2026, 9, 30));
        var view = (await fixture.Get<CaseQueries>().GetAsync(accepted.Id, CancellationToken.None))!;
        var deferred = view.Materials.Where(m => m.Status == "Deferred").ToList();
        deferred.Count.ShouldBe(11);
        // Ten working days after 24 September: 25–27 Sep and 1–7 Oct are rest days, Saturday 10 Oct is a work day.
        deferred.ShouldAllBe(m => m.DeferredDueDate == new DateOnly(2026, 10, 15));
        view.NextForApplicant.ShouldContain("请补交容缺材料");
        view.Deadline!.Provisional.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_tolerant_acceptance_naming_the_core_material_when_it_is_missing()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 24));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M02", "M03");

        var problem = await Should.ThrowAsync<PlatformProblem>(() =>
            fixture.Get<AcceptCase>().TolerantAcceptAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk, CancellationToken.None));

        problem.Code.ShouldBe("case.material.core_missing");
        problem.Detail!.ShouldContain("建设用地规划许可申请表");
        (await fixture.Get<CaseQueries>().GetAsync(submitted.Id, CancellationToken.None))!.State.ShouldBe("Submitted");
    }

    [Fact]
    public async Task Should_refuse_tolerant_acceptance_when_the_applicant_has_not_signed_the_commitment_letter()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 24));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");

        var problem = await Should.ThrowAsync<PlatformProblem>(() =>
            fixture.Get<AcceptCase>().TolerantAcceptAsync(submitted.Id, submitted.Version, false, CaseFixture.Clerk, CancellationToken.None));

        problem.Code.ShouldBe("case.intake.commitment_letter_missing");
        problem.Status.ShouldBe(400);
    }

    [Fact]
    public async Task Should_refuse_plain_acceptance_listing_every_missing_material()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 24));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01", "M02");

        var problem = await Should.ThrowAsync<PlatformProblem>(() =>
            fixture.Get<AcceptCase>().AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None));

        problem.Code.ShouldBe("case.material.missing");
        ((string[])problem.Extensions["missing"]!).Length.ShouldBe(10);
    }

    [Fact]
    public async Task Should_close_the_deferred_materials_deadline_when_it_is_supplied_in_time()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 24));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");
        var accepted = await fixture.Get<AcceptCase>().TolerantAcceptAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk, CancellationToken.None);

        fixture.Clock.Set(TestClock.At(2026, 10, 9));
        var file = await fixture.UploadAsync(CaseFixture.Applicant, "补充材料.pdf");
        var supplied = await fixture.Get<Materials.SupplyDeferredMaterial>().HandleAsync(accepted.Id, accepted.Version, "M05", file, CaseFixture.Applicant, CancellationToken.None);

        var view = (await fixture.Get<CaseQueries>().GetAsync(supplied.Id, CancellationToken.None))!;
        view.Materials.Single(m => m.Code == "M05").Status.ShouldBe("Supplied");
        view.Timeline.Last().Data.GetProperty("late").GetBoolean().ShouldBeFalse();
        view.Materials.Count(m => m.Status == "Deferred").ShouldBe(10);
    }

    [Fact]
    public async Task Should_record_a_deferred_material_as_late_when_it_arrives_after_its_deadline()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 24));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");
        var accepted = await fixture.Get<AcceptCase>().TolerantAcceptAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk, CancellationToken.None);

        fixture.Clock.Set(TestClock.At(2026, 10, 16));
        var file = await fixture.UploadAsync(CaseFixture.Applicant);
        var supplied = await fixture.Get<Materials.SupplyDeferredMaterial>().HandleAsync(accepted.Id, accepted.Version, "M02", file, CaseFixture.Applicant, CancellationToken.None);

        var view = (await fixture.Get<CaseQueries>().GetAsync(supplied.Id, CancellationToken.None))!;
        view.Timeline.Last().Data.GetProperty("late").GetBoolean().ShouldBeTrue();
    }
}
