using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Plugins.Heshan.Tests;

/// <summary>A real demo host with a test clock, and staff accounts (created through the admin API) in the 鹤山 units the tests need.</summary>
internal sealed class HeshanFixture : IAsyncDisposable
{
    private readonly HashSet<string> accounts = [];
    private Dictionary<string, Guid>? units;

    private HeshanFixture(PlatformTestHost host, TestClock clock) => (Host, Clock) = (host, clock);

    public PlatformTestHost Host { get; }
    public TestClock Clock { get; }

    public static async Task<HeshanFixture> StartAsync(DateTimeOffset now)
    {
        var clock = new TestClock(now);
        var host = await PlatformTestHost.StartAsync("demo", b => b.RegisterInstance(clock).As<IClock>(),
            "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");
        return new HeshanFixture(host, clock);
    }

    /// <summary>A fresh token (the test clock moves past token lifetimes) for a staff member of <paramref name="unitCode"/>, created on first use.</summary>
    public async Task<string> StaffOfAsync(string unitCode, string role = "DepartmentReviewer")
    {
        var account = $"hs-{unitCode}-{role.ToLowerInvariant()}";
        if (accounts.Contains(account)) return await TokenAsync(account);
        var admin = await TokenAsync("440784-admin");
        if (units is null)
        {
            var list = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/identity/units?region=440784&pageSize=100", admin));
            units = list.GetProperty("items").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("id").GetGuid());
        }

        var created = await SendAsync(HttpMethod.Post, "/api/v1/identity/users", admin,
            new { account, displayName = $"{unitCode}{role}", password = "Demo@123456", unitId = units[unitCode], roles = new[] { role } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        accounts.Add(account);
        return await TokenAsync(account);
    }

    public async Task<string> TokenAsync(string account)
    {
        var response = await Host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account, password = "Demo@123456" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A token for an applicant signing in by phone or credit code (demo applicants: 139&lt;region&gt;01, 91&lt;region&gt;MA0DEMO01X).</summary>
    public async Task<string> ApplicantTokenAsync(string identifier)
    {
        var response = await Host.Http.PostAsJsonAsync("/api/v1/auth/applicant/token", new { identifier, password = "Demo@123456" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("accessToken").GetString()!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null, string? ifMatch = null,
        string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return Host.Http.SendAsync(request);
    }

    /// <summary>Sends and expects <paramref name="status"/>; returns the JSON body.</summary>
    public async Task<JsonElement> ExpectAsync(HttpStatusCode status, HttpMethod method, string path, string token, object? body = null,
        string? ifMatch = null, string? idempotencyKey = null)
    {
        var response = await SendAsync(method, path, token, body, ifMatch, idempotencyKey);
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    public static string ETag(JsonElement view) => $"\"{view.GetProperty("version").GetInt32()}\"";

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
