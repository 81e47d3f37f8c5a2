using Microsoft.Extensions.DependencyInjection;
using Platform.Bundles.Contracts;
using Platform.Bundles.Delivery;
using Platform.Catalogue.Contracts;
using Platform.Bundles.Intake;
using Platform.Cases.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Tests.Lifecycle;

/// <summary>One window accepts, the departments work in parallel, the bundle follows its members to completion or failure.</summary>
public sealed class JointProcessingTests(BundleFixture fixture) : IClassFixture<BundleFixture>
{
    [Fact]
    public async Task Should_accept_every_member_at_one_window_and_complete_when_every_member_is_approved()
    {
        fixture.Clock.Set(TestClockAt(2026, 9, 24, 10));
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("joint-1"), BundleFixture.OpeningAnswers(staff: "no"));

        var accepted = await fixture.AcceptAsync(id);

        accepted.State.ShouldBe("UnderReview");
        accepted.IntakeUnit.ShouldBe("zhck");
        accepted.Members.ShouldAllBe(m => m.State == nameof(CaseState.UnderReview));
        accepted.Members.Select(m => m.MatterCode).ShouldBe([BundleFixture.CompanyRegistration, BundleFixture.SealEngraving, BundleFixture.Invoice],
            ignoreOrder: true);

        // Departments decide in any order; the bundle waits for the last one.
        await fixture.DecideAsync(accepted.Members.Single(m => m.MatterCode == BundleFixture.Invoice).CaseId, approve: true);
        await fixture.DecideAsync(accepted.Members.Single(m => m.MatterCode == BundleFixture.SealEngraving).CaseId, approve: true);
        (await fixture.ViewAsync(id)).State.ShouldBe("UnderReview");
        await fixture.DecideAsync(accepted.Members.Single(m => m.MatterCode == BundleFixture.CompanyRegistration).CaseId, approve: true);

        var completed = await fixture.ViewAsync(id);
        completed.State.ShouldBe("Completed");
        completed.CompletedAt.ShouldNotBeNull();
        completed.Members.ShouldAllBe(m => m.State == nameof(CaseState.Approved));
    }

    [Fact]
    public async Task Should_deliver_every_member_result_at_once_when_the_completed_bundle_is_delivered()
    {
        fixture.Clock.Set(TestClockAt(2026, 9, 24, 9));
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("joint-6"), BundleFixture.OpeningAnswers(invoice: "no", staff: "no"));
        var accepted = await fixture.AcceptAsync(id);
        foreach (var member in accepted.Members) await fixture.DecideAsync(member.CaseId, approve: true);
        var completed = await fixture.ViewAsync(id);

        using (var scope = fixture.Host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DeliverBundle>().HandleAsync(id, completed.Version, DeliveryMethod.OnlinePush, null,
                null, BundleFixture.Clerk, CancellationToken.None);

        var delivered = await fixture.ViewAsync(id);
        delivered.State.ShouldBe("Delivered");
        delivered.DeliveredAt.ShouldNotBeNull();
        delivered.Members.ShouldAllBe(m => m.State == nameof(CaseState.Delivered));
    }

    [Fact]
    public async Task Should_fail_visibly_naming_the_member_when_one_member_is_refused()
    {
        fixture.Clock.Set(TestClockAt(2026, 9, 24, 11));
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("joint-2"), BundleFixture.OpeningAnswers(invoice: "no", staff: "no"));
        var accepted = await fixture.AcceptAsync(id);

        await fixture.DecideAsync(accepted.Members.Single(m => m.MatterCode == BundleFixture.SealEngraving).CaseId, approve: true);
        await fixture.DecideAsync(accepted.Members.Single(m => m.MatterCode == BundleFixture.CompanyRegistration).CaseId, approve: false);

        var failed = await fixture.ViewAsync(id);
        failed.State.ShouldBe("Failed");
        failed.StateName.ShouldBe("办理未通过");
        failed.FailureReason.ShouldNotBeNull().ShouldContain("企业设立登记");
        failed.FailureReason.ShouldContain("不予许可");
    }

    [Fact]
    public async Task Should_set_the_bundle_due_date_on_the_2026_calendar_when_accepted_before_the_mid_autumn_holiday()
    {
        // Thursday 24 September 2026; 25–27 September are the 中秋 holiday, so one working day ends on Monday 28 September.
        fixture.Clock.Set(TestClockAt(2026, 9, 24, 15));
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("joint-3"), BundleFixture.OpeningAnswers(invoice: "no", staff: "no"));

        var accepted = await fixture.AcceptAsync(id);

        accepted.DueDate.ShouldBe(new DateOnly(2026, 9, 28));
        accepted.DueProvisional.ShouldBeFalse();
        accepted.Members.Single(m => m.MatterCode == BundleFixture.CompanyRegistration).DueDate.ShouldBe(new DateOnly(2026, 9, 28));
    }

    [Fact]
    public async Task Should_count_the_second_hand_property_bundle_across_the_national_day_holiday()
    {
        // Wednesday 30 September 2026; 1–7 October are off, so two working days end on Friday 9 October.
        fixture.Clock.Set(TestClockAt(2026, 9, 30, 10));
        var applicant = BundleFixture.Applicant("joint-4");
        var empty = new Dictionary<string, string>();
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, "esfdj", empty, CancellationToken.None);
        var id = await fixture.SubmitAsync(applicant, empty, await fixture.UploadAllAsync(guidance, applicant), Guid.NewGuid().ToString(), "esfdj",
            new Dictionary<string, string> { ["buyerName"] = "张三", ["propertyAddress"] = "岳阳楼区巴陵中路 8 号 2 栋 301 室" });

        var accepted = await fixture.AcceptAsync(id, windowCode: "bdc");

        accepted.DueDate.ShouldBe(new DateOnly(2026, 10, 9));
    }

    [Theory]
    [InlineData("no", 15, "2026-08-24")]
    [InlineData("lv", 20, "2026-08-31")]
    [InlineData("hv", 70, "2026-11-13")]
    public async Task Should_hold_the_utility_bundle_to_its_longest_selected_member_when_accepted(string power, int days, string due)
    {
        // Monday 3 August 2026; water and gas are 15 working days, low-voltage power 20, 10 kV power 70 (across 中秋 and 国庆).
        fixture.Clock.Set(TestClockAt(2026, 8, 3, 10));
        var applicant = BundleFixture.Applicant($"utility-{power}");
        var answers = new Dictionary<string, string> { ["water"] = "yes", ["gas"] = "yes", ["power"] = power == "no" ? "none" : power };
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, "sdqbz", answers, CancellationToken.None);
        var id = await fixture.SubmitAsync(applicant, answers, await fixture.UploadAllAsync(guidance, applicant), Guid.NewGuid().ToString(), "sdqbz",
            new Dictionary<string, string> { ["projectName"] = "岳阳经开区标准厂房", ["siteAddress"] = "岳阳经开区康王工业园 3 号", ["capacity"] = "400" });

        var accepted = await fixture.AcceptAsync(id, windowCode: "gcjs");

        guidance.CommittedLimit.Amount.ShouldBe(days);
        accepted.DueDate.ShouldBe(DateOnly.Parse(due));
    }

    [Fact]
    public async Task Should_refuse_a_zone_window_taking_another_zones_bundle_and_let_the_general_window_take_it()
    {
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("joint-5"), BundleFixture.OpeningAnswers(invoice: "no", staff: "no"));

        var refused = await Should.ThrowAsync<PlatformProblem>(() => fixture.AcceptAsync(id, windowCode: "bdc"));

        refused.Code.ShouldBe("bundle.intake.window_not_allowed");
        (await fixture.ViewAsync(id)).Members.ShouldAllBe(m => m.State == nameof(CaseState.Submitted));
        (await fixture.AcceptAsync(id, windowCode: "zhck")).State.ShouldBe("UnderReview");
    }

    [Fact]
    public void Should_let_general_windows_take_any_bundle_and_zone_windows_only_their_own()
    {
        var general = new OrganisationUnit(Guid.NewGuid(), "430600", "zhck", "无差别综合受理窗口", UnitKind.Window, null);
        var property = new OrganisationUnit(Guid.NewGuid(), "430600", "bdc", "不动产登记专区", UnitKind.Window, null);
        var bureau = new OrganisationUnit(Guid.NewGuid(), "430600", "scjg", "市场监督管理局", UnitKind.Bureau, null);
        var zones = new HashSet<string> { "bdc", "gcjs" };

        WindowRule.MayTake(general, "bdc", zones).ShouldBeTrue();
        WindowRule.MayTake(general, null, zones).ShouldBeTrue();
        WindowRule.MayTake(property, "bdc", zones).ShouldBeTrue();
        WindowRule.MayTake(property, "gcjs", zones).ShouldBeFalse();
        WindowRule.MayTake(property, null, zones).ShouldBeFalse();
        WindowRule.MayTake(bureau, null, zones).ShouldBeFalse();
    }

    private static DateTimeOffset TestClockAt(int year, int month, int day, int hour) => Platform.Testing.TestClock.At(year, month, day, hour);
}
