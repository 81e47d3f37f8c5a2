using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Projects.Contracts;

namespace Platform.Exchange.Tests;

/// <summary>
/// Drives an 鞍山 industrial project over HTTP on any host (in-process or a separate process): the demo enterprise registers it
/// and files stage 1 with one file per material, the comprehensive window accepts it; departments decide through <see cref="ICaseWorkflow"/>.
/// </summary>
internal sealed class AnshanStage(HttpClient http)
{
    public const string Region = "210300";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task<ProjectView> RegisterAsync() =>
        await ReadAsync<ProjectView>(await SendAsync(HttpMethod.Post, "/api/v1/projects", await ApplicantTokenAsync(),
            new { regionCode = Region, name = "鞍山钢城前置库测试项目", categoryCode = "industrial", projectClass = "industrial", location = "鞍山市铁西区", zone = "达道湾工业园区" },
            key: Guid.NewGuid().ToString()));

    public async Task<ProjectView> RegisterAndAcceptFirstStageAsync()
    {
        var applicant = await ApplicantTokenAsync();
        var clerk = await TokenAsync("/api/v1/auth/token", new { account = $"{Region}-clerk", password = "Demo@123456" });
        var project = await RegisterAsync();

        var categories = await ReadAsync<JsonElement>(await SendAsync(HttpMethod.Get, $"/api/v1/regions/{Region}/project-categories", null));
        var stage = categories.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "industrial").GetProperty("stages")[0];
        var form = stage.GetProperty("form").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => "测试填写");
        var materials = new Dictionary<string, Guid>();
        foreach (var matter in stage.GetProperty("matters").EnumerateArray())
        {
            var requirements = await ReadAsync<JsonElement>(await SendAsync(HttpMethod.Get,
                $"/api/v1/cases/requirements?region={Region}&matter={matter.GetProperty("code").GetString()}", applicant));
            foreach (var name in requirements.GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("name").GetString()!))
                if (!materials.ContainsKey(name)) materials[name] = await UploadAsync(applicant, name);
        }

        await ReadAsync<JsonElement>(await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/stages/1", applicant, new { form, materials },
            ifMatch: project.Version));
        var filed = await ReadAsync<ProjectView>(await SendAsync(HttpMethod.Get, $"/api/v1/projects/{project.Id}", applicant));
        return await ReadAsync<ProjectView>(await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/stages/1/accept", clerk, ifMatch: filed.Version));
    }

    /// <summary>Every department approves its member case still under review (members decided at intake are left alone).</summary>
    public static async Task ApproveAllAsync(ICaseWorkflow workflow, ICaseReader reader, ProjectView project)
    {
        foreach (var member in project.Stages[0].Members)
        {
            var view = (await reader.GetAsync(member.CaseId!.Value, CancellationToken.None))!;
            if (view.State != nameof(CaseState.UnderReview)) continue;
            foreach (var step in view.ReviewSteps.Where(s => s.CompletedAt is null))
                view = await workflow.CompleteReviewStepAsync(view.Id, view.Version, true, "符合要求", Reviewer(step.UnitCode), CancellationToken.None);
            await workflow.DecideAsync(view.Id, view.Version, true, "准予许可", "《中华人民共和国城乡规划法》", Reviewer(view.HandlingUnitCode),
                CancellationToken.None);
        }
    }

    private static CaseActor Reviewer(string unitCode) => new($"reviewer-{unitCode}", "审查员", Region, unitCode);

    private async Task<Guid> UploadAsync(string token, string name)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {name} {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", $"{name}.pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await ReadAsync<JsonElement>(await http.SendAsync(request))).GetProperty("id").GetGuid();
    }

    private Task<string> ApplicantTokenAsync() =>
        TokenAsync("/api/v1/auth/applicant/token", new { identifier = $"91{Region}MA0DEMO01X", password = "Demo@123456" });

    public async Task<string> TokenAsync(string path, object body) =>
        (await ReadAsync<JsonElement>(await http.PostAsJsonAsync(path, body))).GetProperty("accessToken").GetString()!;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, int? ifMatch = null, string? key = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", $"\"{ifMatch}\"");
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return http.SendAsync(request);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<T>(body, Web)!;
    }
}
