using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Projects.Contracts;
using Platform.Testing;

namespace Platform.Projects.Tests.Stages;

/// <summary>What keeps a stage open: a failed joint review, a refused member (filed again), and what a joint survey result spares the applicant.</summary>
public sealed class StageOutcomeTests(ProjectHostFixture fixture) : IClassFixture<ProjectHostFixture>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly ProjectApi api = fixture.Api;

    [Fact]
    public async Task Should_conclude_failed_and_keep_the_stage_open_when_one_unit_fails_the_joint_drawing_review()
    {
        await api.ResetClockAsync(TestClock.At(2026, 3, 2, 9));
        var project = await api.RunStageAsync((await api.RegisterAsync()).Id, 1, 2);
        project = await api.RunStageAsync(project.Id, 2, 2);
        (await api.FileAsync(project, 3)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await api.AcceptAsync(project.Id, 3);
        var review = accepted.Stages[2].JointReviews.ShouldHaveSingleItem();
        review.ShouldSatisfyAllConditions(
            r => r.Kind.ShouldBe("drawing"),
            r => r.Units.ShouldBe(["zjj", "rfb", "gaj", "qxj"]),
            r => r.DueDate.ShouldBe(new DateOnly(2026, 3, 20), "accepted Friday 03-06, ten working days"),
            r => r.Conclusion.ShouldBeNull());
        foreach (var member in accepted.Stages[2].Members) await api.ApproveAsync(member.CaseId!.Value);
        (await api.GetAsync(project.Id)).Stages[2].State.ShouldBe("accepted", "every member is approved but the joint review is open");

        var path = $"/api/v1/projects/{project.Id}/joint-reviews/{review.Id}/opinions";
        var gaj = await api.StaffTokenAsync(await api.StaffAccountAsync("gaj"));
        var opinion = new { verdict = "pass", text = "技防设计符合要求" };
        (await api.SendAsync(HttpMethod.Post, path, gaj, opinion)).StatusCode.ShouldBe((HttpStatusCode)428);
        var outsider = await api.SendAsync(HttpMethod.Post, path, await api.StaffTokenAsync(await api.StaffAccountAsync("scjg")), opinion, "\"1\"");
        (await ProjectApi.CodeAsync(outsider)).ShouldBe("project.joint_review.not_participant");
        var recorded = await api.SendAsync(HttpMethod.Post, path, gaj, opinion, "\"1\"");
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());
        (await recorded.Content.ReadFromJsonAsync<JointReviewView>(Web))!.Opinions.ShouldHaveSingleItem().VerdictName.ShouldBe("通过");
        (await ProjectApi.CodeAsync(await api.SendAsync(HttpMethod.Post, path, gaj, opinion, "\"2\""))).ShouldBe("project.joint_review.opinion_recorded");

        await Opinion(project.Id, review.Id, 2, "zjj", "pass");
        await Opinion(project.Id, review.Id, 3, "rfb", "conditional");
        using var browser = new CookieBrowser(api.Host);
        (await browser.SignInAsync(await api.StaffAccountAsync("qxj"), ProjectApi.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await browser.Client.GetStringAsync($"/projects/{project.Id}/joint-reviews/{review.Id}");
        page.ShouldContain("data-testid=\"joint-opinion-form\"");
        var posted = await browser.Client.PostAsync($"/projects/{project.Id}/joint-reviews/{review.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "joint-opinion", ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(page), ["version"] = "4",
            ["verdict"] = "fail", ["text"] = "防雷装置设计不满足规范要求",
        }));
        WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).ShouldContain("防雷装置设计不满足规范要求");

        var after = await api.GetAsync(project.Id);
        after.Stages[2].JointReviews.Single().ShouldSatisfyAllConditions(
            r => r.Conclusion.ShouldBe("fail", "one unit failed it"),
            r => r.ConcludedAt.ShouldNotBeNull(),
            r => r.Opinions.Count.ShouldBe(4));
        after.Stages[2].State.ShouldBe("accepted");
        after.Stages[2].StateName.ShouldContain("施工图联合审查未通过");
        after.ChainClock.Running.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_keep_the_stage_open_until_the_refused_member_is_filed_again_and_approved_when_a_member_is_refused()
    {
        await api.ResetClockAsync(TestClock.At(2026, 4, 13, 9));
        var project = await api.RegisterAsync();
        (await api.FileAsync(project, 1)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await api.AcceptAsync(project.Id, 1);
        var siting = accepted.Stages[0].Members.Single(m => m.MatterName == "建设项目用地预审与选址意见书核发");
        await api.DecideAsync(siting.CaseId!.Value, false);
        foreach (var other in accepted.Stages[0].Members.Where(m => m != siting)) await api.ApproveAsync(other.CaseId!.Value);

        var refused = await api.GetAsync(project.Id);
        refused.Stages[0].State.ShouldBe("accepted");
        refused.Stages[0].StateName.ShouldContain("建设项目用地预审与选址意见书核发");
        refused.Stages[0].Members.Single(m => m.MatterCode == siting.MatterCode).ShouldSatisfyAllConditions(
            m => m.Failed.ShouldBeTrue(),
            m => m.CaseState.ShouldBe(nameof(CaseState.Refused)));

        var materials = new Dictionary<string, Guid> { ["建设项目用地范围图"] = await api.UploadAsync("修改后的用地范围图.pdf") };
        var path = $"/api/v1/projects/{project.Id}/stages/1/members/{siting.MatterCode}/refile";
        var refiled = await api.SendAsync(HttpMethod.Post, path, api.ApplicantToken, new { materials }, $"\"{refused.Version}\"");
        refiled.StatusCode.ShouldBe(HttpStatusCode.OK, await refiled.Content.ReadAsStringAsync());
        var member = (await refiled.Content.ReadFromJsonAsync<ProjectView>(Web))!.Stages[0].Members.Single(m => m.MatterCode == siting.MatterCode);
        member.ShouldSatisfyAllConditions(
            m => m.Failed.ShouldBeFalse(),
            m => m.Attempt.ShouldBe(2),
            m => m.CaseId.ShouldNotBe(siting.CaseId),
            m => m.CaseState.ShouldBe(nameof(CaseState.Submitted)));
        (await ProjectApi.CodeAsync(await api.SendAsync(HttpMethod.Post, path, api.ApplicantToken, new { materials }, $"\"{refused.Version + 1}\"")))
            .ShouldBe("project.member_not_failed");

        var again = await api.AcceptAsync(project.Id, 1);
        again.Stages[0].State.ShouldBe("accepted");
        await api.ApproveAsync(member.CaseId!.Value);
        (await api.GetAsync(project.Id)).Stages[0].State.ShouldBe("completed");
    }

    [Fact]
    public async Task Should_satisfy_the_matching_material_of_a_later_stage_filing_when_the_joint_survey_result_was_recorded_once()
    {
        await api.ResetClockAsync(TestClock.At(2026, 5, 11, 9));
        var project = await api.RegisterAsync();
        var survey = await api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/survey-results", api.ClerkToken,
            new { name = "多测合一成果报告（用地勘测定界）", materialName = "建设项目用地范围图", reference = "鞍测[2026]0511号" },
            idempotencyKey: Guid.NewGuid().ToString());
        survey.StatusCode.ShouldBe(HttpStatusCode.Created, await survey.Content.ReadAsStringAsync());

        (await api.FileAsync(await api.GetAsync(project.Id), 1, null, "建设项目用地范围图")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var siting = (await api.GetAsync(project.Id)).Stages[0].Members.Single(m => m.MatterName == "建设项目用地预审与选址意见书核发");
        var material = (await api.Get<ICaseReader>().GetAsync(siting.CaseId!.Value, CancellationToken.None))!.Materials
            .Single(m => m.Name == "建设项目用地范围图");
        material.ShouldSatisfyAllConditions(
            m => m.SharedSource.ShouldBe("多测合一成果（多测合一成果报告（用地勘测定界））"),
            m => m.LicenceReference.ShouldBe("鞍测[2026]0511号"));
        using var browser = new CookieBrowser(api.Host);
        await browser.SignInAsync(ProjectApi.Enterprise, ProjectApi.Password, "applicant");
        var page = WebUtility.HtmlDecode(await browser.Client.GetStringAsync($"/projects/{project.Id}"));
        page.ShouldContain("替代“建设项目用地范围图”（鞍测[2026]0511号）");
    }

    private Task<bool> Opinion(Guid projectId, Guid reviewId, int version, string unit, string verdict) =>
        api.Get<JointReviews.RecordOpinion>().HandleAsync(projectId, reviewId, version, verdict, "审查意见", new JointReviews.Reviewer($"r-{unit}", unit, unit),
            CancellationToken.None);
}
