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

    private readonly CaseApiClient client;

    private CaseApi(PlatformTestHost host, TestClock clock)
    {
        Host = host;
        Clock = clock;
        client = new CaseApiClient(host);
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
        }, "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");
        return new CaseApi(host, clock);
    }

    public Task<string> StaffTokenAsync(string account) => client.StaffTokenAsync(account);

    public async Task<string> ApplicantTokenAsync(string identifier) =>
        await TokenAsync("/api/v1/auth/applicant/token", new { identifier, password = Password });

    /// <summary>A reviewer in the given unit of 鹤山, created through the admin API.</summary>
    public async Task<string> ReviewerTokenAsync(string unitCode, string role = "DepartmentReviewer", string? displayName = null)
    {
        var unit = await Host.Get<IOrganisationDirectory>().FindUnitAsync("440784", unitCode, CancellationToken.None);
        var account = $"t-{unitCode}-{Guid.NewGuid():N}"[..20];
        var response = await SendAsync(HttpMethod.Post, "/api/v1/identity/users", await StaffTokenAsync("440784-admin"),
            new { account, displayName = displayName ?? $"{unitCode}审查员", password = Password, unitId = unit!.Id, roles = new[] { role } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await StaffTokenAsync(account);
    }

    public Task<Guid> UploadAsync(string token) => client.UploadAsync(token);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null,
        string? ifMatch = null, string? idempotencyKey = null) =>
        token is null
            ? Host.Http.SendAsync(new HttpRequestMessage(method, path))
            : client.SendAsync(method, path, token, body, ifMatch, idempotencyKey);

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
