using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Projects.Contracts;
using Platform.Testing;

namespace Platform.Projects.Tests.Programmes;

/// <summary>鹤山 模拟审批 with 四多合一: pre-review while the land is auctioned, the permits at once on the land contract.</summary>
public sealed class SimulatedApprovalTests(ProjectHostFixture fixture) : IClassFixture<ProjectHostFixture>
{
    private const string Heshan = "440784";
    private const string LandPlanning = "11440784MB0000011X000172001000";
    private const string EngineeringPlanning = "11440784MB0000011X000172002000";
    private const string Construction = "11440784MB0000012X000173001000";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly ProjectApi api = fixture.Api;

    [Fact]
    public async Task Should_issue_the_planning_and_construction_permits_at_once_from_the_pre_review_when_the_land_contract_is_recorded()
    {
        await api.ResetClockAsync(TestClock.At(2026, 9, 14, 9));
        var applicant = await api.TokenAsync("/api/v1/auth/applicant/token", new { identifier = $"91{Heshan}MA0DEMO01X", password = ProjectApi.Password });
        var registered = await api.SendAsync(HttpMethod.Post, "/api/v1/projects", applicant,
            new { regionCode = Heshan, name = "鹤山共和智能家居产业园", categoryCode = "logistics", projectClass = "industrial", location = "鹤山市共和镇" },
            idempotencyKey: Guid.NewGuid().ToString());
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var project = (await registered.Content.ReadFromJsonAsync<ProjectView>(Web))!;

        var core = new HashSet<string>();
        foreach (var (code, all, cores) in new[] { (LandPlanning, 12, 1), (EngineeringPlanning, 12, 1), (Construction, 20, 3) })
        {
            var materials = (await api.Get<ICatalogue>().InForceAsync(Heshan, code, api.Clock.Now, CancellationToken.None))!.Definition.Materials;
            (materials.Count, materials.Count(m => m.Core)).ShouldBe((all, cores), "四多合一: 12 → 1 and 20 → 3 core materials");
            core.UnionWith(materials.Where(m => m.Core).Select(m => m.Name));
        }

        var files = new Dictionary<string, Guid>();
        foreach (var name in core) files[name] = await api.UploadAsync($"{name}.pdf", applicant);
        var started = await api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/simulated-approval", applicant,
            new { form = new { 项目总投资 = "18000", 用地面积 = "52000", 建设规模 = "标准厂房及仓储" }, materials = files }, $"\"{project.Version}\"");
        started.StatusCode.ShouldBe(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        var version = (await started.Content.ReadFromJsonAsync<ProjectView>(Web))!.Version;

        var zrzy = await api.StaffTokenAsync(await api.StaffAccountAsync("zrzy", Heshan));
        var zjj = await api.StaffTokenAsync(await api.StaffAccountAsync("zjj", Heshan));
        version = await PreReviewAsync(project.Id, zrzy, LandPlanning, version);
        var wrongUnit = await api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/pre-reviews", zrzy,
            new { matterCode = Construction, passes = true, text = "同意" }, $"\"{version}\"");
        (await ProjectApi.CodeAsync(wrongUnit)).ShouldBe("project.simulated.not_department");
        var clerk = await api.StaffTokenAsync($"{Heshan}-clerk");
        var early = await api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/land-contract", clerk, new { reference = "鹤土出[2026]018号" }, $"\"{version}\"");
        (await ProjectApi.CodeAsync(early)).ShouldBe("project.simulated.pre_review_open");
        version = await PreReviewAsync(project.Id, zrzy, EngineeringPlanning, version);
        version = await PreReviewAsync(project.Id, zjj, Construction, version);

        var contracted = await api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/land-contract", clerk, new { reference = "鹤土出[2026]018号" },
            $"\"{version}\"");
        contracted.StatusCode.ShouldBe(HttpStatusCode.OK, await contracted.Content.ReadAsStringAsync());
        var after = (await contracted.Content.ReadFromJsonAsync<ProjectView>(Web))!;
        after.Stages.Select(s => s.State).ShouldBe(["completed", "completed", "completed", "planned"]);
        after.ChainClock.UsedWorkingDays.ShouldBe(0, "the permits issue on the day the land contract is recorded");

        var caseIds = after.Stages.Take(3).SelectMany(s => s.Members).Select(m => m.CaseId!.Value).ToArray();
        foreach (var id in caseIds)
        {
            var view = (await api.Get<ICaseReader>().GetAsync(id, CancellationToken.None))!;
            view.ShouldSatisfyAllConditions(
                v => v.State.ShouldBe(nameof(CaseState.Approved)),
                v => v.IntakeRoute.ShouldBe("tolerant", "non-core materials follow on the commitment letter"),
                v => v.Decision!.Reasons.ShouldStartWith("依模拟审批预审意见"));
        }

        await using var connection = await api.Get<NpgsqlDataSource>().OpenConnectionAsync();
        (await connection.ExecuteScalarAsync<int>("SELECT count(*)::int FROM cases.licences WHERE case_id = ANY(@caseIds)", new { caseIds })).ShouldBe(3);
    }

    private async Task<int> PreReviewAsync(Guid projectId, string token, string matterCode, int version)
    {
        var response = await api.SendAsync(HttpMethod.Post, $"/api/v1/projects/{projectId}/pre-reviews", token,
            new { matterCode, passes = true, text = "材料齐全，符合规划条件，同意" }, $"\"{version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProjectView>(Web))!.Version;
    }
}
