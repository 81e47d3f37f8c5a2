using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Bundles.Contracts;
using Platform.Bundles.Submission;
using Platform.Bundles.Tracking;
using Platform.Cases.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Tests.Lifecycle;

/// <summary>
/// 岳阳 一件事一次办 as the programme (seed 003) runs it: departments read the one form, the bundle's promise binds its members,
/// a situation answer makes a material required, a bundle case is created whole or not at all.
/// </summary>
public sealed class YueyangProgrammeTests(BundleFixture fixture) : IClassFixture<BundleFixture>
{
    [Fact]
    public async Task Should_show_every_field_filled_once_in_every_member_case_when_the_departments_read_it()
    {
        var form = BundleFixture.OpeningForm();
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("one-form-1"), BundleFixture.OpeningAnswers());
        var members = (await fixture.ViewAsync(id)).Members;

        members.Count.ShouldBe(5);
        foreach (var member in members)
        {
            var view = (await fixture.Get<ICaseReader>().GetAsync(member.CaseId, CancellationToken.None))!;
            var values = view.ApplicationForm.Select(f => f.Value).ToList();
            values.ShouldContain(form["enterpriseName"], $"{member.MatterName} lacks 企业名称");
            values.ShouldContain(form["legalRepresentative"], $"{member.MatterName} lacks 法定代表人");
            values.ShouldContain(form["address"], $"{member.MatterName} lacks 住所");
            view.ApplicationForm.ShouldAllBe(f => f.Label.Length > 0 && !f.Label.All(char.IsAscii));
        }
    }

    [Fact]
    public async Task Should_hold_every_member_to_the_bundle_promise_when_the_opening_bundle_is_accepted()
    {
        // Thursday 24 September 2026, 15:00; 25–27 September are the 中秋 holiday: one working day ends on Monday 28 September,
        // where 企业设立登记's own three days would run to 30 September.
        fixture.Clock.Set(Platform.Testing.TestClock.At(2026, 9, 24, 15));
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("promise-1"), BundleFixture.OpeningAnswers());

        var accepted = await fixture.AcceptAsync(id);

        accepted.DueDate.ShouldBe(new DateOnly(2026, 9, 28));
        foreach (var member in accepted.Members)
        {
            member.DueDate.ShouldBe(accepted.DueDate, member.MatterName);
            var view = (await fixture.Get<ICaseReader>().GetAsync(member.CaseId, CancellationToken.None))!;
            view.Deadline.ShouldNotBeNull().Due.ShouldBe(new DateOnly(2026, 9, 28), member.MatterName);
        }
    }

    [Fact]
    public async Task Should_warn_a_member_overdue_against_the_bundle_promise_when_its_own_limit_has_days_left()
    {
        fixture.Clock.Set(Platform.Testing.TestClock.At(2026, 9, 24, 15));
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("promise-2"), BundleFixture.OpeningAnswers(invoice: "no", staff: "no"));
        var registration = (await fixture.AcceptAsync(id)).Members.Single(m => m.MatterCode == BundleFixture.CompanyRegistration);

        fixture.Clock.Set(Platform.Testing.TestClock.At(2026, 9, 29, 10));
        await RunDeadlineWatchAsync();

        await using var connection = await fixture.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var levels = (await connection.QueryAsync<string>(
            "SELECT level FROM supervision.warnings WHERE case_id = @CaseId AND subject_type = 'case'", new { registration.CaseId })).ToList();
        levels.ShouldContain("overdue");
    }

    [Fact]
    public async Task Should_list_the_premises_proof_as_required_when_the_premises_are_not_registered()
    {
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, BundleFixture.EnterpriseOpening,
            BundleFixture.OpeningAnswers(premises: "unregistered"), CancellationToken.None);

        guidance.Materials.Single(m => m.Name == "住所使用证明").Required.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_refuse_acceptance_naming_the_premises_proof_when_unregistered_premises_come_without_it()
    {
        fixture.Clock.Set(Platform.Testing.TestClock.At(2026, 9, 22, 10));
        var applicant = BundleFixture.Applicant("situation-1");
        var answers = BundleFixture.OpeningAnswers(invoice: "no", staff: "no", premises: "unregistered");
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, BundleFixture.EnterpriseOpening, answers, CancellationToken.None);
        var materials = (await fixture.UploadAllAsync(guidance, applicant)).Where(m => m.Key != "住所使用证明").ToList();
        var id = await fixture.SubmitAsync(applicant, answers, materials, Guid.NewGuid().ToString());

        var refused = await Should.ThrowAsync<PlatformProblem>(() => fixture.AcceptAsync(id));

        refused.Status.ShouldBe(422);
        refused.Code.ShouldBe("bundle.intake.materials_missing");
        refused.Detail.ShouldNotBeNull().ShouldContain("住所使用证明");
        var view = await fixture.ViewAsync(id);
        view.State.ShouldBe("Submitted");
        var registration = (await fixture.Get<ICaseReader>().GetAsync(
            view.Members.Single(m => m.MatterCode == BundleFixture.CompanyRegistration).CaseId, CancellationToken.None))!;
        registration.Materials.Single(m => m.Name == "住所使用证明").Required.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_leave_no_bundle_case_and_no_member_case_when_a_later_member_refuses_its_submission()
    {
        var applicant = BundleFixture.Applicant($"atomic-{Guid.NewGuid():N}"[..20]);
        var answers = BundleFixture.OpeningAnswers(invoice: "no", staff: "no");
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, BundleFixture.EnterpriseOpening, answers, CancellationToken.None);
        // 印模样式 belongs to 公章刻制备案 alone, the second member: a licence the applicant does not hold fails that member after the first is made.
        var seal = guidance.Materials.First(m => m.UsedBy.All(u => u.MatterCode == BundleFixture.SealEngraving));
        var materials = (await fixture.UploadAllAsync(guidance, applicant))
            .Select(m => m.Key == seal.Key ? new BundleMaterialInput(m.Key, null, "NO-SUCH-LICENCE") : m).ToList();

        await Should.ThrowAsync<PlatformProblem>(() => fixture.SubmitAsync(applicant, answers, materials, Guid.NewGuid().ToString()));

        var (items, total) = await fixture.Get<BundleCaseQueries>().ListAsync(null, applicant.Id, null, 1, 20, CancellationToken.None);
        total.ShouldBe(0);
        items.ShouldBeEmpty();
        await using var connection = await fixture.Get<NpgsqlDataSource>().OpenConnectionAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM cases.cases WHERE applicant_id = @Id", new { applicant.Id })).ShouldBe(0);
    }

    [Fact]
    public async Task Should_take_a_corrected_application_under_the_same_key_when_the_first_attempt_failed()
    {
        var applicant = BundleFixture.Applicant($"atomic-{Guid.NewGuid():N}"[..20]);
        var answers = BundleFixture.OpeningAnswers(invoice: "no", staff: "no");
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, BundleFixture.EnterpriseOpening, answers, CancellationToken.None);
        var seal = guidance.Materials.First(m => m.UsedBy.All(u => u.MatterCode == BundleFixture.SealEngraving));
        var good = await fixture.UploadAllAsync(guidance, applicant);
        var bad = good.Select(m => m.Key == seal.Key ? new BundleMaterialInput(m.Key, null, "NO-SUCH-LICENCE") : m).ToList();
        var key = Guid.NewGuid().ToString();
        await Should.ThrowAsync<PlatformProblem>(() => fixture.SubmitAsync(applicant, answers, bad, key));

        var id = await fixture.SubmitAsync(applicant, answers, good, key);

        (await fixture.ViewAsync(id)).Members.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_accept_the_first_hand_property_bundle_without_asking_for_the_tax_receipt_its_tax_member_issues()
    {
        fixture.Clock.Set(Platform.Testing.TestClock.At(2026, 9, 22, 10));
        var applicant = BundleFixture.Applicant("property-1");
        var empty = new Dictionary<string, string>();
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, "ysfdj", empty, CancellationToken.None);
        guidance.Materials.ShouldNotContain(m => m.Name == "完税凭证");
        var id = await fixture.SubmitAsync(applicant, empty, await fixture.UploadAllAsync(guidance, applicant), Guid.NewGuid().ToString(), "ysfdj",
            new Dictionary<string, string>
            {
                ["buyerName"] = "张三", ["propertyAddress"] = "岳阳楼区巴陵中路 8 号 2 栋 301 室", ["contractNumber"] = "YYSPF2026-0001",
            });

        var accepted = await fixture.AcceptAsync(id, windowCode: "bdc");

        accepted.State.ShouldBe("UnderReview");
        foreach (var member in accepted.Members)
        {
            var view = (await fixture.Get<ICaseReader>().GetAsync(member.CaseId, CancellationToken.None))!;
            if (view.Materials.FirstOrDefault(m => m.Name == "完税凭证") is { } receipt) receipt.SharedSource.ShouldNotBeNull().ShouldContain("契税");
        }
    }

    private async Task RunDeadlineWatchAsync()
    {
        var type = Type.GetType("Platform.Supervision.Watch.DeadlineWatch, Platform.Supervision", throwOnError: true)!;
        using var scope = fixture.Host.Services.CreateScope();
        var watch = scope.ServiceProvider.GetRequiredService(type);
        await (Task<int>)type.GetMethod("RunAsync")!.Invoke(watch, [CancellationToken.None])!;
    }
}
