using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Identity.Tests.Support;

/// <summary>Signs in through the real token endpoint and calls the API with the bearer token.</summary>
public sealed class ApiClient(PlatformTestHost host)
{
    public const string DemoPassword = "Demo@123456";

    public async Task<JsonElement> TokenAsync(string account, string password = DemoPassword)
    {
        var response = await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> AccessTokenAsync(string account, string password = DemoPassword) =>
        (await TokenAsync(account, password)).GetProperty("accessToken").GetString()!;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        return host.Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    public static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    /// <summary>Creates a staff user in <paramref name="region"/> through the admin API, signed in as the region's demo admin.</summary>
    public async Task<Guid> CreateUserAsync(string region, string account, string password, string role = "WindowClerk")
    {
        var admin = await AccessTokenAsync($"{region}-admin");
        var units = await (await GetAsync($"/api/v1/identity/units?region={region}&pageSize=1", admin)).Content.ReadFromJsonAsync<JsonElement>();
        var unitId = units.GetProperty("items")[0].GetProperty("id").GetGuid();
        var response = await SendAsync(HttpMethod.Post, "/api/v1/identity/users", admin,
            new { account, displayName = "测试用户", password, unitId, roles = new[] { role } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
