using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Browser.Tests;

/// <summary>What other people do through the API while a browser test plays staff pages: applicants apply and answer, cases get set up.</summary>
internal sealed class StaffApi(PlatformTestHost host)
{
    public const string PlanningPermit = "11440784MB0000011X000172001000";

    public Task<string> StaffAsync(string account) => TokenAsync("/api/v1/auth/token", new { account, password = "Demo@123456" });

    public Task<string> ApplicantAsync(string identifier) => TokenAsync("/api/v1/auth/applicant/token", new { identifier, password = "Demo@123456" });

    public async Task<Guid> UploadAsync(string token, string name = "材料.pdf")
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {name} {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name);
        var response = await SendAsync(HttpMethod.Post, "/api/v1/files", token, content);
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    /// <summary>An application with a file for every required material, by an applicant online or by a clerk for an applicant.</summary>
    public async Task<JsonElement> SubmitAsync(string token, object form, object? applicant = null)
    {
        var requirements = await JsonAsync(await SendAsync(HttpMethod.Get, $"/api/v1/cases/requirements?region=440784&matter={PlanningPermit}", token));
        var materials = new List<object>();
        foreach (var m in requirements.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("required").GetBoolean()))
            materials.Add(new { materialCode = m.GetProperty("code").GetString(), fileId = await UploadAsync(token, m.GetProperty("name").GetString() + ".pdf") });
        var response = await SendAsync(HttpMethod.Post, "/api/v1/cases", token,
            JsonContent.Create(new { regionCode = "440784", matterCode = PlanningPermit, applicant, form, materials }), idempotencyKey: Guid.NewGuid().ToString());
        return (await JsonAsync(response)).GetProperty("case");
    }

    /// <summary>A case step through the API at the case's current version; answers the case.</summary>
    public async Task<JsonElement> StepAsync(string token, Guid id, string step, object? body = null)
    {
        var current = await JsonAsync(await SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}", token));
        var version = current.GetProperty("version").GetInt32();
        return await JsonAsync(await SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/{step}", token, JsonContent.Create(body ?? new { }), $"\"{version}\""));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, HttpContent? content = null,
        string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await host.Http.SendAsync(request);
        ((int)response.StatusCode).ShouldBeLessThan(300, $"{method} {path}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private async Task<string> TokenAsync(string path, object body)
    {
        var response = await host.Http.PostAsJsonAsync(path, body);
        return (await JsonAsync(response)).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
