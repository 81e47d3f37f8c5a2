using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Contracts;
using Platform.Testing;

namespace Platform.Browser.Tests;

/// <summary>
/// Test setup through the API for the steps of other people that a journey needs before (or between) the pages under test:
/// an applicant's application, the window clerk's intake, a unit's answer to a rectification.
/// </summary>
internal sealed class ApiSteps(PlatformTestHost host)
{
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

    public async Task<Guid> UploadAsync(string token, string name)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {name}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", $"{name}.pdf");
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
