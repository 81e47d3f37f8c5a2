using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Projects.Contracts;
using Platform.Testing;

namespace Platform.Projects.Tests.Programmes;

/// <summary>
/// The regions' own parts of the programme: a zone's regional assessments (盐都), the red/black list (鞍山) and 岳阳's
/// category caps on the whole chain.
/// </summary>
public sealed class RegionProgrammeTests(ProjectHostFixture fixture) : IClassFixture<ProjectHostFixture>
{
    private const string Yandu = "320903";
    private const string Zone = "盐都高新区";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly ProjectApi api = fixture.Api;

    [Fact]
    public async Task Should_satisfy_the_matching_material_until_the_assessment_expires_when_a_yandu_project_lies_in_the_assessed_zone()
    {
        await api.ResetClockAsync(TestClock.At(2026, 5, 11, 9));
        var admin = await api.StaffTokenAsync($"{Yandu}-admin");
        await AssessAsync(admin, "地震安全性评价", "地震安全性评价报告", "盐震评[2021]12号", new DateOnly(2021, 6, 1));
        await AssessAsync(admin, "环境影响区域评估", "环境影响评价文件", "盐环审[2024]3号", new DateOnly(2024, 3, 1));
        var listed = await api.Host.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Yandu}/zone-assessments?zone={Zone}");
        listed.GetProperty("total").GetInt32().ShouldBe(2);
        listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("validUntil").GetString()).ShouldBe(["2029-02-28", "2026-05-31"]);

        var before = await MaterialsOfFirstStageAsync();
        before["地震安全性评价报告"].ShouldSatisfyAllConditions(
            m => m.Status.ShouldBe("Shared"),
            m => m.SharedSource.ShouldBe("区域评估成果（盐都高新区，地震安全性评价，有效期至2026-05-31）"),
            m => m.LicenceReference.ShouldBe("盐震评[2021]12号"));
        before["环境影响评价文件"].Status.ShouldBe("Shared");
        before["水土保持方案"].Status.ShouldBe("Missing", "the zone has no soil and water assessment");

        await api.ResetClockAsync(TestClock.At(2026, 6, 1, 9));
        var after = await MaterialsOfFirstStageAsync();
        after["地震安全性评价报告"].Status.ShouldBe("Missing", "the seismic assessment expired on 2026-05-31");
        after["环境影响评价文件"].Status.ShouldBe("Shared");
    }

    [Fact]
    public async Task Should_lose_the_commitment_route_while_black_listed_by_the_region_admin_and_regain_it_when_taken_off_the_list()
    {
        await api.ResetClockAsync(TestClock.At(2026, 9, 7, 9));
        var project = await api.RegisterAsync();
        using var browser = new CookieBrowser(api.Host);
        (await browser.SignInAsync($"{ProjectApi.Region}-admin", ProjectApi.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await browser.Client.GetStringAsync($"/admin/regions/{ProjectApi.Region}/credit-list");
        var posted = await browser.Client.PostAsync($"/admin/regions/{ProjectApi.Region}/credit-list", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "credit-add", ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(page), ["subject"] = ProjectApi.Enterprise,
            ["name"] = "鞍山钢城演示企业", ["list"] = "black", ["reason"] = "告知承诺核查不实",
        }));
        WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).ShouldContain("告知承诺核查不实");

        (await api.FileAsync(project, 1)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await api.AcceptAsync(project.Id, 1);
        (await RouteOfFilingAsync(accepted)).ShouldBe("standard", "black-listed after registration, still no commitment route");

        var admin = await api.StaffTokenAsync($"{ProjectApi.Region}-admin");
        var removed = await api.SendAsync(HttpMethod.Post, $"/api/v1/regions/{ProjectApi.Region}/credit-list/{ProjectApi.Enterprise}/removal", admin,
            new { reason = "整改完成，信用修复" });
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await removed.Content.ReadAsStringAsync());
        var list = await (await api.SendAsync(HttpMethod.Get, $"/api/v1/regions/{ProjectApi.Region}/credit-list", admin)).Content.ReadFromJsonAsync<JsonElement>();
        list.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("subjectId").GetString() == ProjectApi.Enterprise);

        var second = await api.RegisterAsync();
        (await api.FileAsync(second, 1)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RouteOfFilingAsync(await api.AcceptAsync(second.Id, 1))).ShouldBe("commitment");

        await using var connection = await api.Get<NpgsqlDataSource>().OpenConnectionAsync();
        (await connection.QueryAsync<string>(
            "SELECT action FROM platform.audit_records WHERE region_code = @Region AND subject_id = @Enterprise ORDER BY sequence",
            new { ProjectApi.Region, ProjectApi.Enterprise })).ShouldBe(["project.credit_listed", "project.credit_removed"]);
    }

    [Fact]
    public async Task Should_run_the_chain_clock_against_the_category_cap_when_a_yueyang_project_is_registered()
    {
        await api.ResetClockAsync(TestClock.At(2026, 3, 2, 9));
        var categories = await api.Host.Http.GetFromJsonAsync<JsonElement>("/api/v1/regions/430600/project-categories");
        categories.EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("chainCapDays").GetInt32())
            .ShouldBe(new Dictionary<string, int> { ["government-building"] = 70, ["government-municipal"] = 61, ["social-investment"] = 54, ["industrial"] = 49 });

        var applicant = await api.TokenAsync("/api/v1/auth/applicant/token", new { identifier = "91430600MA0DEMO01X", password = ProjectApi.Password });
        var registered = await api.SendAsync(HttpMethod.Post, "/api/v1/projects", applicant,
            new { regionCode = "430600", name = "岳阳绿色化工产业园配套厂房", categoryCode = "industrial", projectClass = "industrial", location = "岳阳市云溪区" },
            idempotencyKey: Guid.NewGuid().ToString());
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var project = (await registered.Content.ReadFromJsonAsync<ProjectView>(Web))!;
        project.ChainClock.CapWorkingDays.ShouldBe(49);
        project.Stages.Select(s => s.Name).ShouldBe(["立项用地规划许可", "工程建设许可", "施工许可", "竣工验收"]);
    }

    private async Task<string> RouteOfFilingAsync(ProjectView project) =>
        (await api.Get<ICaseReader>().GetAsync(project.Stages[0].Members.Single(m => m.MatterCode == ProjectApi.Filing).CaseId!.Value,
            CancellationToken.None))!.IntakeRoute ?? "";

    private async Task AssessAsync(string token, string name, string materialName, string reference, DateOnly issuedOn)
    {
        var response = await api.SendAsync(HttpMethod.Post, $"/api/v1/regions/{Yandu}/zone-assessments", token,
            new { zone = Zone, name, materialName, reference, issuedOn }, idempotencyKey: Guid.NewGuid().ToString());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Registers a 盐都 industrial project in the assessed zone and files its first stage without the assessments; answers its case's materials by name.</summary>
    private async Task<Dictionary<string, MaterialView>> MaterialsOfFirstStageAsync()
    {
        var applicant = await api.TokenAsync("/api/v1/auth/applicant/token", new { identifier = $"91{Yandu}MA0DEMO01X", password = ProjectApi.Password });
        var registered = await api.SendAsync(HttpMethod.Post, "/api/v1/projects", applicant,
            new { regionCode = Yandu, name = "盐都高新区智能制造产业园", categoryCode = "industrial", projectClass = "industrial", location = "盐都区高新区", zone = Zone },
            idempotencyKey: Guid.NewGuid().ToString());
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var project = (await registered.Content.ReadFromJsonAsync<ProjectView>(Web))!;
        var materials = new Dictionary<string, Guid>
        {
            ["联合评估申请表"] = await api.UploadAsync("联合评估申请表.pdf", applicant),
            ["项目可行性研究报告"] = await api.UploadAsync("项目可行性研究报告.pdf", applicant),
        };
        var filed = await api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/stages/1", applicant,
            new { form = new { 项目总投资 = "32000", 用地面积 = "86000" }, materials }, $"\"{project.Version}\"");
        filed.StatusCode.ShouldBe(HttpStatusCode.OK, await filed.Content.ReadAsStringAsync());
        var caseId = (await filed.Content.ReadFromJsonAsync<ProjectView>(Web))!.Stages[0].Members.Single().CaseId!.Value;
        return (await api.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!.Materials.ToDictionary(m => m.Name);
    }
}
