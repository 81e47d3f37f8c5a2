using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cases.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Scheduling;
using Platform.Projects.Contracts;
using Platform.Projects.Stages;
using Platform.Testing;

namespace Platform.Projects.Tests.Intermediaries;

public sealed class IntermediaryTests(IntermediaryHost host) : IClassFixture<IntermediaryHost>
{
    private const string LandSurvey = "ZJFW01";
    private const string SitePlan = "ZJFW02";
    private const string LandPreReview = "11210300MB0000031X000172003000";
    private ProjectApi Api => host.Api;

    [Fact]
    public async Task Should_let_only_the_project_enterprise_choose_its_firm_when_staff_try_to_choose_or_the_firm_does_not_offer_the_service()
    {
        await Api.AdvanceAsync(TimeSpan.Zero);
        var project = await Api.RegisterAsync();
        var byClerk = await CommissionAsync(project, LandSurvey, "ZJ002", Api.ClerkToken);
        byClerk.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "staff may not choose a firm for the applicant");
        var writes = Api.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/") && e.RoutePattern.RawText.Contains("intermediar") && e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Any(m => m != "GET"))
            .ToList();
        writes.Count.ShouldBe(3);
        writes.ShouldAllBe(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == IdentityPolicies.Applicant),
            "no staff endpoint chooses, recommends or assigns a firm");

        var firms = await Api.Host.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{ProjectApi.Region}/intermediary-firms?matter={LandSurvey}");
        firms.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ShouldBe(["ZJ002", "ZJ006"]);
        var notOffering = await CommissionAsync(project, LandSurvey, "ZJ001", Api.ApplicantToken);
        notOffering.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProjectApi.CodeAsync(notOffering)).ShouldBe("intermediary.firm_not_offering");

        var key = Guid.NewGuid().ToString();
        var chosen = await CommissionAsync(project, LandSurvey, "ZJ006", Api.ApplicantToken, key);
        chosen.StatusCode.ShouldBe(HttpStatusCode.Created, await chosen.Content.ReadAsStringAsync());
        var again = await CommissionAsync(project, LandSurvey, "ZJ006", Api.ApplicantToken, key);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IdAsync(again)).ShouldBe(await IdAsync(chosen));
    }

    [Fact]
    public async Task Should_satisfy_the_land_survey_material_of_the_stage_one_member_when_the_chosen_firm_has_reported()
    {
        await Api.AdvanceAsync(TimeSpan.Zero);
        var project = await Api.RegisterAsync();
        var service = await IdAsync(await CommissionAsync(project, LandSurvey, "ZJ002", Api.ApplicantToken));
        var report = await Api.SendAsync(HttpMethod.Post, $"/api/v1/intermediary-services/{service}/report", Api.ApplicantToken,
            new { fileId = await Api.UploadAsync("用地勘测定界报告.pdf"), reportNo = "鞍勘测〔2026〕015号" });
        report.StatusCode.ShouldBe(HttpStatusCode.OK, await report.Content.ReadAsStringAsync());

        var names = await Api.Get<MemberMaterials>().NamesAsync(ProjectApi.Region, [ProjectApi.Filing, LandPreReview, ProjectApi.LandPlanningPermit], default);
        var materials = new Dictionary<string, Guid>();
        foreach (var name in names.Where(n => n != "建设项目用地范围图")) materials[name] = await Api.UploadAsync($"{name}.pdf");
        var form = new Dictionary<string, string> { ["项目总投资"] = "12000", ["用地面积"] = "56000", ["建设规模"] = "厂房及配套" };
        var filed = await Api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/stages/1", Api.ApplicantToken, new { form, materials },
            ifMatch: $"\"{project.Version}\"");
        filed.StatusCode.ShouldBe(HttpStatusCode.OK, await filed.Content.ReadAsStringAsync());

        var member = (await Api.GetAsync(project.Id)).Stages[0].Members.Single(m => m.MatterCode == LandPreReview);
        var material = (await Api.Get<ICaseReader>().GetAsync(member.CaseId!.Value, default))!.Materials.Single(m => m.Name == "建设项目用地范围图");
        material.SharedSource.ShouldBe("中介服务成果：辽宁鞍勘测绘有限公司（建设项目用地勘测定界）");
        material.LicenceReference.ShouldBe("鞍勘测〔2026〕015号");
    }

    [Fact]
    public async Task Should_show_the_firm_on_the_supervision_dashboard_when_its_service_runs_past_the_time_limit()
    {
        await Api.AdvanceAsync(TimeSpan.Zero);
        var project = await Api.RegisterAsync();
        (await CommissionAsync(project, LandSurvey, "ZJ006", Api.ApplicantToken)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await Api.AdvanceWorkingDaysAsync(6);
        // The deadline watch is supervision's scheduled job; run it now instead of waiting for its interval.
        var watch = typeof(Supervision.SupervisionModule).Assembly.GetType("Platform.Supervision.Watch.DeadlineWatchJob")!;
        await ((IScheduledJob)Api.Host.Services.GetRequiredService(watch)).RunAsync(default);

        using var browser = new CookieBrowser(Api.Host);
        await browser.SignInAsync($"{ProjectApi.Region}-supervisor", "Demo@123456");
        var dashboard = WebUtility.HtmlDecode(await browser.Client.GetStringAsync("/supervision"));
        dashboard.ShouldContain("鞍山正元测绘科技有限公司（ZJ006）· 建设项目用地勘测定界");
        var firms = await Api.Host.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{ProjectApi.Region}/intermediary-firms?matter={LandSurvey}");
        firms.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "ZJ006")
            .GetProperty("overdueServices").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_average_the_firm_rating_once_per_service_when_the_enterprise_rates_after_the_report()
    {
        await Api.AdvanceAsync(TimeSpan.Zero);
        var project = await Api.RegisterAsync();
        var service = await IdAsync(await CommissionAsync(project, SitePlan, "ZJ001", Api.ApplicantToken));
        (await RateAsync(service, 5)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "no rating before the report");
        (await Api.SendAsync(HttpMethod.Post, $"/api/v1/intermediary-services/{service}/report", Api.ApplicantToken,
            new { fileId = await Api.UploadAsync("总平面图.pdf"), reportNo = "鞍规设〔2026〕088号" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var invalid = await RateAsync(service, 7);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProjectApi.CodeAsync(invalid)).ShouldBe("intermediary.rating_invalid");
        (await RateAsync(service, 4)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RateAsync(service, 1)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "one rating per service");

        var firms = await Api.Host.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{ProjectApi.Region}/intermediary-firms?matter={SitePlan}");
        var firm = firms.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "ZJ001");
        firm.GetProperty("averageRating").GetDecimal().ShouldBe(4m);
        firm.GetProperty("ratings").GetInt64().ShouldBe(1);
        WebUtility.HtmlDecode(await Api.Host.Http.GetStringAsync($"/projects/{ProjectApi.Region}/intermediaries")).ShouldContain("4.0");
    }

    [Fact]
    public async Task Should_commission_the_chosen_firm_and_take_the_rating_when_the_enterprise_uses_the_page()
    {
        await Api.AdvanceAsync(TimeSpan.Zero);
        var project = await Api.RegisterAsync();
        using var browser = new CookieBrowser(Api.Host);
        await browser.SignInAsync(ProjectApi.Enterprise, "Demo@123456", "applicant");
        var page = await browser.Client.GetStringAsync($"/projects/{project.Id}/intermediaries");
        WebUtility.HtmlDecode(page).ShouldContain("鞍山市城乡规划设计研究院有限公司");
        page.ShouldNotContain("checked", Case.Insensitive, "no firm is preselected");
        (await PostAsync(browser, project, page, "commission", new() { ["choice"] = $"{LandSurvey}|ZJ006", ["key"] = Guid.NewGuid().ToString("N") }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var services = await Api.SendAsync(HttpMethod.Get, $"/api/v1/projects/{project.Id}/intermediary-services", Api.ApplicantToken);
        var service = (await services.Content.ReadFromJsonAsync<JsonElement>())[0];
        service.GetProperty("firmCode").GetString().ShouldBe("ZJ006");
        var id = service.GetProperty("id").GetGuid();
        (await Api.SendAsync(HttpMethod.Post, $"/api/v1/intermediary-services/{id}/report", Api.ApplicantToken,
            new { fileId = await Api.UploadAsync("用地范围图.pdf"), reportNo = "鞍正测〔2026〕007号" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await browser.Client.GetStringAsync($"/projects/{project.Id}/intermediaries");
        (await PostAsync(browser, project, page, $"rate-{id}", new() { ["score"] = "5", ["comment"] = "服务规范" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var rated = await Api.SendAsync(HttpMethod.Get, $"/api/v1/projects/{project.Id}/intermediary-services", Api.ApplicantToken);
        (await rated.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("rating").GetInt32().ShouldBe(5);
    }

    private static Task<HttpResponseMessage> PostAsync(CookieBrowser browser, ProjectView project, string page, string handler,
        Dictionary<string, string> fields)
    {
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(page);
        return browser.Client.PostAsync($"/projects/{project.Id}/intermediaries", new FormUrlEncodedContent(fields));
    }

    private Task<HttpResponseMessage> CommissionAsync(ProjectView project, string matterCode, string firmCode, string token, string? key = null) =>
        Api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/intermediary-services", token, new { matterCode, firmCode },
            idempotencyKey: key ?? Guid.NewGuid().ToString());

    private Task<HttpResponseMessage> RateAsync(Guid service, int score) =>
        Api.SendAsync(HttpMethod.Post, $"/api/v1/intermediary-services/{service}/rating", Api.ApplicantToken, new { score, comment = "出图及时" });

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
