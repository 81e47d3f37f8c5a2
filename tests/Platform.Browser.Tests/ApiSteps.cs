using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Contracts;
using Platform.Testing;

namespace Platform.Browser.Tests;

/// <summary>
/// Test setup through the API for the steps of other people that a journey needs before (or between) the pages under test:
/// an applicant's application, the window clerk's intake, a unit's review and decision, a unit's answer to a rectification.
/// </summary>
internal sealed class ApiSteps(PlatformTestHost host)
{
    /// <summary>鹤山's 建设用地规划许可证核发, the README's example matter, handled by 自然资源局.</summary>
    public const string PlanningPermit = "11440784MB0000011X000172001000";

    private const string Password = "Demo@123456";

    public async Task<string> ApplicantTokenAsync(string identifier) =>
        await TokenAsync("/api/v1/auth/applicant/token", new { identifier, password = Password });

    public async Task<string> StaffTokenAsync(string account) => await TokenAsync("/api/v1/auth/token", new { account, password = Password });

    /// <summary>A staff account sitting in the region's unit with the code, for the steps only that unit may take.</summary>
    public async Task<string> UnitStaffTokenAsync(string region, string unitCode, string role)
    {
        var unit = await host.Get<IOrganisationDirectory>().FindUnitAsync(region, unitCode, CancellationToken.None);
        var account = $"t-{unitCode}-{Guid.NewGuid():N}"[..20];
        await SendAsync(HttpMethod.Post, "/api/v1/identity/users", await StaffTokenAsync($"{region}-admin"),
            new { account, displayName = "整改专员", password = Password, unitId = unit!.Id, roles = new[] { role } }, expect: HttpStatusCode.Created);
        return await StaffTokenAsync(account);
    }

    /// <summary>A PDF of its own (the name and a fresh id in it), named <paramref name="name"/> (".pdf" added when missing).</summary>
    public async Task<Guid> UploadAsync(string token, string name = "材料.pdf")
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {name} {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name.EndsWith(".pdf", StringComparison.Ordinal) ? name : $"{name}.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await host.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>An online application by the applicant with a file for each of the material codes; answers the case.</summary>
    public async Task<JsonElement> ApplyOnlineAsync(string token, string region, string matter, params string[] materialCodes)
    {
        var materials = new List<object>();
        foreach (var code in materialCodes) materials.Add(new { materialCode = code, fileId = await UploadAsync(token, code) });
        var created = await SendAsync(HttpMethod.Post, "/api/v1/cases", token,
            new { regionCode = region, matterCode = matter, form = new { 项目名称 = "宏达新厂房" }, materials }, idempotencyKey: Guid.NewGuid().ToString(),
            expect: HttpStatusCode.Created);
        return created.GetProperty("case");
    }

    /// <summary>A 鹤山 planning permit with a file for every required material, by an applicant online or by a clerk for an applicant.</summary>
    public async Task<JsonElement> SubmitAsync(string token, object form, object? applicant = null)
    {
        var requirements = await SendAsync(HttpMethod.Get, $"/api/v1/cases/requirements?region=440784&matter={PlanningPermit}", token);
        var materials = new List<object>();
        foreach (var m in requirements.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("required").GetBoolean()))
            materials.Add(new { materialCode = m.GetProperty("code").GetString(), fileId = await UploadAsync(token, m.GetProperty("name").GetString()!) });
        var created = await SendAsync(HttpMethod.Post, "/api/v1/cases", token,
            new { regionCode = "440784", matterCode = PlanningPermit, applicant, form, materials }, idempotencyKey: Guid.NewGuid().ToString(),
            expect: HttpStatusCode.Created);
        return created.GetProperty("case");
    }

    /// <summary>A planning permit taken in by the 鹤山 clerk for the named enterprise applicant and accepted.</summary>
    public async Task<(Guid Id, string Number)> AcceptedAsync(string applicant)
    {
        var clerk = await StaffTokenAsync("440784-clerk");
        var submitted = await SubmitAsync(clerk, new Dictionary<string, string> { ["项目名称"] = applicant + "厂房" },
            new { id = $"91440784MA{Guid.NewGuid():N}"[..18], name = applicant, kind = "enterprise" });
        var id = submitted.GetProperty("id").GetGuid();
        await StepAsync(clerk, id, "accept");
        return (id, submitted.GetProperty("number").GetString()!);
    }

    /// <summary>A case step through the API at the case's current version; answers the case.</summary>
    public async Task<JsonElement> StepAsync(string token, Guid id, string step, object? body = null)
    {
        var version = (await SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}", token)).GetProperty("version").GetInt32();
        return await SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/{step}", token, body ?? new { }, version);
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, string token, object? body = null, int? ifMatch = null,
        string? idempotencyKey = null, HttpStatusCode expect = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is { } version) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expect, text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<string> TokenAsync(string path, object credentials)
    {
        var response = await host.Http.PostAsJsonAsync(path, credentials);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
