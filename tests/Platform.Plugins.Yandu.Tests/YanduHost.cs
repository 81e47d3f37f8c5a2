using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cases.Contracts;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Plugins.Yandu.Tests;

/// <summary>One demo host for the 盐都 tests, with a clock each test sets; tests use their own enterprises and cases.</summary>
public sealed class YanduHost : IAsyncLifetime
{
    public const string Region = "320903";
    public const string CompanyRegistration = "11320903MB0000021X000105001000";
    public const string PropertyTransfer = "11320903MB0000022X000117002000";
    public static readonly CaseActor MarketReviewer = new("reviewer-scjg", "市场监管局审查员", Region, "scjg");

    public TestClock Clock { get; } = new(TestClock.At(2026, 9, 28, 10));
    public PlatformTestHost Host { get; private set; } = default!;

    public async Task InitializeAsync() =>
        Host = await PlatformTestHost.StartAsync("demo", b => b.RegisterInstance(Clock).As<IClock>(), "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public Task<string> StaffTokenAsync(string suffix) => TokenAsync("/api/v1/auth/token", new { account = $"{Region}-{suffix}", password = "Demo@123456" });

    public Task<string> CitizenTokenAsync() => TokenAsync("/api/v1/auth/applicant/token", new { identifier = $"139{Region}01", password = "Demo@123456" });

    public Task<string> EnterpriseTokenAsync() => TokenAsync("/api/v1/auth/applicant/token", new { identifier = $"91{Region}MA0DEMO01X", password = "Demo@123456" });

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? token, object? body = null,
        int? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", $"\"{ifMatch}\"");
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await Host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<Guid> UploadAsync(string token)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "材料.pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Host.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Submits with a file for each given material code; answers the created case.</summary>
    public async Task<JsonElement> SubmitAsync(string token, string matterCode, object? applicant, params string[] materialCodes)
    {
        var materials = new List<object>();
        foreach (var code in materialCodes) materials.Add(new { materialCode = code, fileId = await UploadAsync(token) });
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v1/cases", token,
            new { regionCode = Region, matterCode, applicant, form = new { 名称 = "盐都测试" }, materials }, idempotencyKey: Guid.NewGuid().ToString());
        status.ShouldBe(HttpStatusCode.Created, body.ToString());
        return body.GetProperty("case");
    }

    /// <summary>The applicant e-signs the application (在线签署申请书), which a no-face application needs before acceptance.</summary>
    public async Task SignApplicationAsync(string token, Guid caseId)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, $"/api/v1/cases/{caseId}/signatures", token, new { document = "application" });
        status.ShouldBe(HttpStatusCode.OK, body.ToString());
    }

    private async Task<string> TokenAsync(string path, object credentials)
    {
        var response = await Host.Http.PostAsJsonAsync(path, credentials);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}

[CollectionDefinition(nameof(YanduHost))]
public sealed class YanduHostCollection : ICollectionFixture<YanduHost>;
