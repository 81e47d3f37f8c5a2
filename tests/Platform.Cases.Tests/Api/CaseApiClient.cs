using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Cases.Tests.Api;

/// <summary>HTTP helpers over a running host: tokens, uploads, submit-and-accept at the window.</summary>
internal sealed class CaseApiClient(PlatformTestHost host)
{
    public async Task<string> StaffTokenAsync(string account)
    {
        var response = await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account, password = "Demo@123456" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("accessToken").GetString()!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null,
        string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return host.Http.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>A window submission with every required material, accepted at once; returns the case.</summary>
    public async Task<JsonElement> SubmitAndAcceptAsync(string clerk, string matterCode)
    {
        var materials = await RequiredMaterialsAsync(clerk, "440784", matterCode);
        var created = await SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, new
        {
            regionCode = "440784", matterCode,
            applicant = new { id = "91440784MA5VERSION", name = "鹤山市版本测试有限公司", kind = "enterprise" },
            materials,
        }, idempotencyKey: Guid.NewGuid().ToString());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await JsonAsync(created)).GetProperty("case").GetProperty("id").GetGuid();
        var accepted = await SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: "\"1\"");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        return await JsonAsync(accepted);
    }

    /// <summary>Uploads a file for every required material of the matter, as the given user.</summary>
    public async Task<List<object>> RequiredMaterialsAsync(string token, string region, string matterCode)
    {
        var requirements = await JsonAsync(await SendAsync(HttpMethod.Get, $"/api/v1/cases/requirements?region={region}&matter={matterCode}", token));
        var materials = new List<object>();
        foreach (var material in requirements.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("required").GetBoolean()))
            materials.Add(new { materialCode = material.GetProperty("code").GetString(), fileId = await UploadAsync(token) });
        return materials;
    }

    public async Task<Guid> UploadAsync(string token)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "材料.pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await host.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }
}
