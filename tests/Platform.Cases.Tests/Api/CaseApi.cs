using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Platform.Cases.Domain;
using Platform.Identity.Contracts;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Cases.Tests.Api;

/// <summary>A demo host (demo accounts, password Demo@123456) bound to the test matters, driven over HTTP with bearer tokens.</summary>
internal sealed class CaseApi : IAsyncDisposable
{
    public const string Password = "Demo@123456";

    private CaseApi(PlatformTestHost host, TestClock clock)
    {
        Host = host;
        Clock = clock;
    }

    public PlatformTestHost Host { get; }
    public TestClock Clock { get; }

    public static async Task<CaseApi> StartAsync(DateTimeOffset now)
    {
        var clock = new TestClock(now);
        var host = await PlatformTestHost.StartAsync("demo", builder =>
        {
            builder.RegisterInstance(clock).As<IClock>();
            builder.RegisterType<TestMatters>().As<IMatterTermsSource>().SingleInstance();
        }, "--Identity:SignInPerMinute=100000", "--Identity:CreatePerMinute=100000", $"--Cases:FileDirectory={TestCluster.NewDirectory("files")}");
        return new CaseApi(host, clock);
    }

    public async Task<string> StaffTokenAsync(string account) => await TokenAsync("/api/v1/auth/token", new { account, password = Password });

    public async Task<string> ApplicantTokenAsync(string identifier) =>
        await TokenAsync("/api/v1/auth/applicant/token", new { identifier, password = Password });

    /// <summary>A reviewer in the given unit of 鹤山, created through the admin API.</summary>
    public async Task<string> ReviewerTokenAsync(string unitCode, string role = "DepartmentReviewer")
    {
        var unit = await Host.Get<IOrganisationDirectory>().FindUnitAsync("440784", unitCode, CancellationToken.None);
        var account = $"t-{unitCode}-{Guid.NewGuid():N}"[..20];
        var response = await SendAsync(HttpMethod.Post, "/api/v1/identity/users", await StaffTokenAsync("440784-admin"),
            new { account, displayName = $"{unitCode}审查员", password = Password, unitId = unit!.Id, roles = new[] { role } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await StaffTokenAsync(account);
    }

    public async Task<Guid> UploadAsync(string token, string name = "申请表.pdf")
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {name} {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Host.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null,
        string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return Host.Http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await JsonAsync(response);
        return body.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    private async Task<string> TokenAsync(string path, object body)
    {
        var response = await Host.Http.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("accessToken").GetString()!;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
