using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Time;
using Platform.Projects.Contracts;
using Platform.Projects.Stages;
using Platform.Testing;

namespace Platform.Projects.Tests;

/// <summary>
/// A demo host on its own database with a clock the test moves, driven as 鞍山's demo enterprise (91210300MA0DEMO01X)
/// and the comprehensive-window clerk over HTTP; departments decide member cases through the case workflow.
/// </summary>
internal sealed class ProjectApi : IAsyncDisposable
{
    public const string Region = "210300";
    public const string Enterprise = "91210300MA0DEMO01X";
    public const string Filing = "11210300MB0000036X000101001000";
    public const string LandPlanningPermit = "11210300MB0000031X000172001000";
    public const string ConstructionPermit = "11210300MB0000037X000173001000";
    public const string PlanningPermit = "11210300MB0000031X000172002000";
    public const string UtilityHookUp = "11210300MB0000032X000199003000";
    public const string Password = "Demo@123456";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private ProjectApi(PlatformTestHost host, TestClock clock, string region)
    {
        Host = host;
        Clock = clock;
        ActingRegion = region;
    }

    /// <summary>The region whose demo enterprise and window clerk this driver acts as (鞍山 unless a test starts it for another).</summary>
    public string ActingRegion { get; }

    public PlatformTestHost Host { get; }
    public TestClock Clock { get; }
    public string ApplicantToken { get; private set; } = "";
    public string ClerkToken { get; private set; } = "";

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<ProjectApi> StartAsync(DateTimeOffset now, string region = Region)
    {
        var clock = new TestClock(now);
        var host = await PlatformTestHost.StartAsync("demo", b => b.RegisterInstance(clock).As<IClock>(),
            "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");
        var api = new ProjectApi(host, clock, region);
        await api.SignInAsync();
        return api;
    }

    public async Task<ProjectView> RegisterAsync(string category = "industrial", string projectClass = "industrial")
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/projects", ApplicantToken,
            new { regionCode = Region, name = "鞍山钢城智能装备产业园一期", categoryCode = category, projectClass, location = "鞍山市铁西区达道湾工业园", zone = "达道湾工业园区" },
            idempotencyKey: Guid.NewGuid().ToString());
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonSerializer.Deserialize<ProjectView>(body, Web)!;
    }

    public async Task<ProjectView> GetAsync(Guid id)
    {
        var response = await SendAsync(HttpMethod.Get, $"/api/v1/projects/{id}", ApplicantToken);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonSerializer.Deserialize<ProjectView>(body, Web)!;
    }

    /// <summary>Files a stage: uploads one file per distinct material of its matters, fills the one form, posts it.</summary>
    public async Task<HttpResponseMessage> FileAsync(ProjectView project, int ordinal, string? idempotencyKey = null, params string[] without)
    {
        var stage = project.Stages.Single(s => s.Ordinal == ordinal);
        var templates = await Get<Categories.CategoryStore>().ListAsync(ActingRegion, CancellationToken.None);
        var template = templates.Single(c => c.Code == project.CategoryCode).Stages.Single(s => s.Ordinal == ordinal);
        var names = await Get<MemberMaterials>().NamesAsync(ActingRegion, template.Matters.Select(m => m.Code), CancellationToken.None);
        var materials = new Dictionary<string, Guid>();
        foreach (var name in names.Except(without)) materials[name] = await UploadAsync($"{name}.pdf");
        var form = template.Form.ToDictionary(f => f.Key, f => $"{f.Label}（测试填写）");
        stage.State.ShouldBe("planned");
        return await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project.Id}/stages/{ordinal}", ApplicantToken, new { form, materials },
            ifMatch: $"\"{project.Version}\"", idempotencyKey: idempotencyKey);
    }

    public async Task<ProjectView> AcceptAsync(Guid projectId, int ordinal)
    {
        var project = await GetAsync(projectId);
        var response = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{projectId}/stages/{ordinal}/accept", ClerkToken, ifMatch: $"\"{project.Version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProjectView>(Web))!;
    }

    /// <summary>Files and accepts a stage, lets <paramref name="workingDays"/> working days pass, then every department approves its member case.</summary>
    public async Task<ProjectView> RunStageAsync(Guid projectId, int ordinal, int workingDays)
    {
        var filed = await FileAsync(await GetAsync(projectId), ordinal);
        filed.StatusCode.ShouldBe(HttpStatusCode.OK, await filed.Content.ReadAsStringAsync());
        var accepted = await AcceptAsync(projectId, ordinal);
        await AdvanceWorkingDaysAsync(workingDays);
        foreach (var member in accepted.Stages.Single(s => s.Ordinal == ordinal).Members)
            await ApproveAsync(member.CaseId!.Value);
        foreach (var review in accepted.Stages.Single(s => s.Ordinal == ordinal).JointReviews)
            await PassJointReviewAsync(projectId, review.Id);
        return await GetAsync(projectId);
    }

    /// <summary>Every participating unit still owing an opinion passes the joint review.</summary>
    public async Task PassJointReviewAsync(Guid projectId, Guid reviewId)
    {
        var review = Api.JointReviewEndpoints.Find(await GetAsync(projectId), reviewId);
        var version = review.Version;
        foreach (var unit in review.PendingUnits.ToList())
            await Get<JointReviews.RecordOpinion>().HandleAsync(projectId, reviewId, version++, "pass", "符合要求", new JointReviews.Reviewer($"reviewer-{unit}", $"{unit}审查员", unit),
                CancellationToken.None);
    }

    /// <summary>A staff account the region admin creates in the unit <paramref name="unitCode"/>; answers its account name.</summary>
    public async Task<string> StaffAccountAsync(string unitCode, string region = Region)
    {
        var unit = (await Get<IOrganisationDirectory>().FindUnitAsync(region, unitCode, CancellationToken.None))!;
        var account = $"{region}-{unitCode}-{Guid.NewGuid():N}"[..30];
        var created = await SendAsync(HttpMethod.Post, "/api/v1/identity/users", await StaffTokenAsync($"{region}-admin"),
            new { account, displayName = $"{unit.Name}审查员", password = Password, unitId = unit.Id, roles = new[] { "DepartmentReviewer" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return account;
    }

    public Task<string> StaffTokenAsync(string account) => TokenAsync("/api/v1/auth/token", new { account, password = Password });

    /// <summary>Moves the clock to 15:00 on the N-th working day from today and signs in again (tokens expire on the test clock too).</summary>
    public async Task AdvanceWorkingDaysAsync(int workingDays)
    {
        var calendar = await Get<IWorkingCalendarProvider>().ForRegionAsync(ActingRegion, CancellationToken.None);
        var due = calendar.Due(BusinessTime.DateOf(Clock.Now), TimeLimit.WorkingDays(workingDays)).Due;
        Clock.Set(BusinessTime.StartOf(due).AddHours(15));
        await SignInAsync();
    }

    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await SignInAsync();
    }

    /// <summary>Sets the clock (and signs in again) for a test sharing its host with others.</summary>
    public async Task ResetClockAsync(DateTimeOffset now)
    {
        Clock.Set(now);
        await SignInAsync();
    }

    private async Task SignInAsync()
    {
        ApplicantToken = await TokenAsync("/api/v1/auth/applicant/token", new { identifier = $"91{ActingRegion}MA0DEMO01X", password = Password });
        ClerkToken = await TokenAsync("/api/v1/auth/token", new { account = $"{ActingRegion}-clerk", password = Password });
    }

    /// <summary>The department reviews and approves a member case still under review; cases decided at intake are left alone.</summary>
    public Task ApproveAsync(Guid caseId) => DecideAsync(caseId, true);

    /// <summary>The department reviews a member case still under review and decides it (approve or refuse).</summary>
    public async Task DecideAsync(Guid caseId, bool approve)
    {
        var workflow = Get<ICaseWorkflow>();
        var view = (await Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!;
        if (view.State != nameof(CaseState.UnderReview)) return;
        foreach (var step in view.ReviewSteps.Where(s => s.CompletedAt is null))
            view = await workflow.CompleteReviewStepAsync(view.Id, view.Version, true, "符合要求", Reviewer(step.UnitCode), CancellationToken.None);
        await workflow.DecideAsync(view.Id, view.Version, approve, approve ? "经审查符合法定条件，准予许可" : "用地范围与规划条件不符，不予许可", "《中华人民共和国城乡规划法》",
            Reviewer(view.HandlingUnitCode), CancellationToken.None);
    }

    public async Task<Guid> UploadAsync(string name, string? token = null)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {name} {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? ApplicantToken);
        var response = await Host.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null,
        string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return Host.Http.SendAsync(request);
    }

    public static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private CaseActor Reviewer(string unitCode) => new($"reviewer-{unitCode}", $"{unitCode}审查员", ActingRegion, unitCode);

    public async Task<string> TokenAsync(string path, object body)
    {
        var response = await Host.Http.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
