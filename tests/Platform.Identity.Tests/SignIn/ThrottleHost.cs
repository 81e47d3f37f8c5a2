using System.Net.Http.Json;
using Platform.Testing;

namespace Platform.Identity.Tests.SignIn;

/// <summary>
/// A demo host behind a trusted proxy (this loopback peer), with small budgets: each test speaks for its own
/// client address through X-Forwarded-For, so the tests share the host without sharing a budget.
/// </summary>
public sealed class ThrottleHost : IAsyncLifetime
{
    public const int FailuresPerAddress = 8;
    public const int TrackingPerMinute = 3;

    private PlatformTestHost? host;

    public PlatformTestHost Host => host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => host = await PlatformTestHost.StartAsync("demo",
        "--Platform:TrustedProxies:0=127.0.0.1", $"--Identity:FailedSignInsPerAddress={FailuresPerAddress}",
        $"--Identity:TrackingPerMinute={TrackingPerMinute}", "--Identity:CreatePerMinute=100000");

    public Task<HttpResponseMessage> PostAsync(string clientAddress, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return Host.Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string clientAddress, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return Host.Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> StaffSignInAsync(string clientAddress, string account, string password = Support.ApiClient.DemoPassword) =>
        PostAsync(clientAddress, "/api/v1/auth/token", new { account, password });

    public Task<HttpResponseMessage> ApplicantSignInAsync(string clientAddress, string identifier, string password = Support.ApiClient.DemoPassword) =>
        PostAsync(clientAddress, "/api/v1/auth/applicant/token", new { identifier, password });

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }
}
