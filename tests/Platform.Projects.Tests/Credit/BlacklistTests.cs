using System.Net;
using Platform.Cases.Contracts;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Projects.Credit;
using Platform.Testing;

namespace Platform.Projects.Tests.Credit;

public sealed class BlacklistTests
{
    [Fact]
    public async Task Should_lose_the_commitment_route_when_the_enterprise_is_on_the_black_list_at_project_intake()
    {
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 9));
        await api.Get<ITransactionRunner>().RunAsync(async tx =>
        {
            await api.Get<CreditRegister>().ListAsync(tx, ProjectApi.Region, ProjectApi.Enterprise, "鞍山钢城演示企业", CreditStanding.Black,
                "告知承诺核查不实", CancellationToken.None);
            return true;
        }, CancellationToken.None);

        var project = await api.RegisterAsync();
        project.CreditStanding.ShouldBe("black");
        (await api.FileAsync(project, 1)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await api.AcceptAsync(project.Id, 1);
        var filing = (await api.Get<ICaseReader>().GetAsync(accepted.Stages[0].Members.Single(m => m.MatterCode == ProjectApi.Filing).CaseId!.Value,
            CancellationToken.None))!;
        filing.ShouldSatisfyAllConditions(
            c => c.IntakeRoute.ShouldBe("standard"),
            c => c.State.ShouldBe(nameof(CaseState.UnderReview)));

        var direct = await api.Get<ICaseSubmissions>().SubmitAsync(
            new CaseSubmission(ProjectApi.Region, ProjectApi.Filing, new CaseApplicant(project.ApplicantId, project.EnterpriseName, "enterprise",
                ProjectApi.Enterprise), "window", "{}", []), new CaseActor("clerk", "窗口", ProjectApi.Region, "gcjs"), Guid.NewGuid().ToString(),
            CancellationToken.None);
        var refused = await Should.ThrowAsync<PlatformProblem>(() => api.Get<ICaseWorkflow>().AcceptOnCommitmentAsync(direct.Id, direct.Version, true,
            new CaseActor("clerk", "窗口", ProjectApi.Region, "gcjs"), CancellationToken.None));
        refused.Code.ShouldBe("case.intake.applicant_dishonest");
    }

    [Fact]
    public async Task Should_publish_the_intermediary_list_to_anyone_when_the_page_is_opened_without_signing_in()
    {
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 9));
        var html = WebUtility.HtmlDecode(await api.Host.Http.GetStringAsync($"/projects/{ProjectApi.Region}/intermediaries"));
        html.ShouldContain("辽宁鞍勘测绘有限公司");
        html.ShouldContain("共 6 家");
        var json = await api.Host.Http.GetStringAsync($"/api/v1/regions/{ProjectApi.Region}/intermediaries?pageSize=2");
        json.ShouldContain("\"total\":6");
    }
}
