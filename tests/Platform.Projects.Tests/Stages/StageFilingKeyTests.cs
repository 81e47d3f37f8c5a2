using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Projects.Contracts;
using Platform.Testing;

namespace Platform.Projects.Tests.Stages;

public sealed class StageFilingKeyTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Should_return_the_filed_stage_when_a_filing_is_retried_with_its_idempotency_key()
    {
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 10));
        var project = await api.RegisterAsync();
        var key = Guid.NewGuid().ToString();

        (await api.FileAsync(project, 1, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var retried = await api.FileAsync(project, 1, key);
        var other = await api.FileAsync(project, 1, Guid.NewGuid().ToString());

        retried.StatusCode.ShouldBe(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        var members = (await retried.Content.ReadFromJsonAsync<ProjectView>(Web))!.Stages.Single(s => s.Ordinal == 1).Members;
        members.Select(m => m.CaseId).Distinct().Count().ShouldBe(3);
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_list_the_enterprise_its_own_projects_when_it_gives_no_region()
    {
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 10));
        var project = await api.RegisterAsync();

        var response = await api.SendAsync(HttpMethod.Get, "/api/v1/projects", api.ApplicantToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([project.Id]);
    }
}
