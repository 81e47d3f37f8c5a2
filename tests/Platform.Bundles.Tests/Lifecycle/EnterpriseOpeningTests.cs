using Platform.Bundles.Contracts;
using Platform.Cases.Contracts;

namespace Platform.Bundles.Tests.Lifecycle;

/// <summary>The 岳阳 enterprise-opening bundle end to end: guidance, one submission, one window, parallel members, one deadline.</summary>
public sealed class EnterpriseOpeningTests(BundleFixture fixture) : IClassFixture<BundleFixture>
{
    [Fact]
    public async Task Should_create_every_member_case_and_list_each_material_once_when_the_opening_bundle_is_submitted_once()
    {
        var answers = BundleFixture.OpeningAnswers(premises: "unregistered");
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, BundleFixture.EnterpriseOpening, answers, CancellationToken.None);

        guidance.Materials.Select(m => m.Key).ShouldBeUnique();
        guidance.Materials.Select(m => m.Name).ShouldBeUnique();
        guidance.Materials.Single(m => m.LicenceType == "居民身份证").UsedBy.Count.ShouldBe(5);
        guidance.Materials.Single(m => m.Name == "住所使用证明").UsedBy.Select(u => u.MatterCode)
            .ShouldBe([BundleFixture.CompanyRegistration, BundleFixture.Invoice], ignoreOrder: true);

        var applicant = BundleFixture.Applicant("applicant-opening-1");
        var id = await fixture.SubmitOpeningAsync(applicant, answers);
        var view = await fixture.ViewAsync(id);

        view.State.ShouldBe("Submitted");
        view.Members.Select(m => m.MatterCode).ShouldBe(
            [BundleFixture.CompanyRegistration, BundleFixture.SealEngraving, BundleFixture.Invoice, BundleFixture.SocialInsurance, BundleFixture.HousingFund],
            ignoreOrder: true);
        foreach (var member in view.Members)
        {
            var memberCase = (await fixture.Get<ICaseReader>().GetAsync(member.CaseId, CancellationToken.None))!;
            memberCase.Materials.Where(m => m.Required).ShouldAllBe(m => m.Status == "Provided");
        }
    }

    [Fact]
    public async Task Should_select_only_the_matters_the_answers_call_for_when_no_invoice_and_no_staff_are_needed()
    {
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, BundleFixture.EnterpriseOpening,
            BundleFixture.OpeningAnswers(invoice: "no", staff: "no"), CancellationToken.None);

        guidance.Matters.Select(m => m.Code).ShouldBe([BundleFixture.CompanyRegistration, BundleFixture.SealEngraving]);
        guidance.Materials.ShouldNotContain(m => m.Name == "住所使用证明");
        guidance.Fields.Single(f => f.Key == "enterpriseName").Targets.Select(t => t.MatterCode)
            .ShouldBe([BundleFixture.CompanyRegistration, BundleFixture.SealEngraving]);
        guidance.Fields.ShouldNotContain(f => f.Key == "employees");
    }

    [Fact]
    public async Task Should_copy_a_field_asked_once_into_every_member_form_when_three_matters_share_it()
    {
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("applicant-opening-2"), BundleFixture.OpeningAnswers(staff: "no"));
        var view = await fixture.ViewAsync(id);

        view.Members.Count.ShouldBe(3);
        var names = new Dictionary<string, string>
        {
            [BundleFixture.CompanyRegistration] = "企业名称", [BundleFixture.SealEngraving] = "单位名称", [BundleFixture.Invoice] = "纳税人名称",
        };
        foreach (var member in view.Members)
        {
            var timeline = (await fixture.Get<ICaseReader>().GetAsync(member.CaseId, CancellationToken.None))!;
            timeline.MatterCode.ShouldBe(member.MatterCode);
            var form = await fixture.FormOfAsync(member.CaseId);
            form[names[member.MatterCode]].ShouldBe("岳阳市湘企科技有限公司");
        }
    }

    [Fact]
    public async Task Should_return_the_same_bundle_case_when_a_submission_is_retried_with_its_key()
    {
        var applicant = BundleFixture.Applicant("applicant-opening-3");
        var key = Guid.NewGuid().ToString();
        var answers = BundleFixture.OpeningAnswers(invoice: "no", staff: "no");
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync(BundleFixture.Yueyang, BundleFixture.EnterpriseOpening, answers, CancellationToken.None);
        var materials = await fixture.UploadAllAsync(guidance, applicant);

        var first = await fixture.SubmitAsync(applicant, answers, materials, key);
        var second = await fixture.SubmitAsync(applicant, answers, materials, key);

        second.ShouldBe(first);
        (await fixture.ViewAsync(first)).Members.Count.ShouldBe(2);
    }
}
