using Platform.Testing;

namespace Platform.Host.Tests.Security;

/// <summary>
/// Over https (directly, or behind a trusted proxy that says X-Forwarded-Proto: https) cookies are Secure and
/// HSTS is sent; over plain http, and when an untrusted peer merely claims https, neither.
/// </summary>
public sealed class HttpsTests
{
    [Fact]
    public async Task Should_send_hsts_and_secure_cookies_when_a_trusted_proxy_forwards_an_https_request()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Platform:TrustedProxies:0=127.0.0.1");

        var response = await SignInPageAsync(host, forwardedProto: "https");

        response.Headers.TryGetValues("Strict-Transport-Security", out var hsts).ShouldBeTrue();
        hsts!.Single().ShouldContain("max-age=");
        CookieAttributes(response).ShouldNotBeEmpty();
        CookieAttributes(response).ShouldAllBe(cookie => cookie.Contains("secure"));
    }

    [Fact]
    public async Task Should_send_neither_hsts_nor_secure_cookies_when_served_over_plain_http()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Platform:TrustedProxies:0=127.0.0.1");

        var response = await SignInPageAsync(host, forwardedProto: null);

        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        CookieAttributes(response).ShouldNotBeEmpty();
        CookieAttributes(response).ShouldAllBe(cookie => !cookie.Contains("secure"));
    }

    [Fact]
    public async Task Should_ignore_x_forwarded_proto_when_the_peer_is_not_a_trusted_proxy()
    {
        await using var host = await PlatformTestHost.StartAsync("demo");

        var response = await SignInPageAsync(host, forwardedProto: "https");

        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        CookieAttributes(response).ShouldAllBe(cookie => !cookie.Contains("secure"));
    }

    [Fact]
    public async Task Should_allow_only_the_sites_own_scripts_when_a_page_is_served()
    {
        await using var host = await PlatformTestHost.StartAsync("demo");

        var response = await SignInPageAsync(host, forwardedProto: null);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy")).Split(';').Select(d => d.Trim()).ToList();
        policy.ShouldContain("default-src 'self'");
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
    }

    private static Task<HttpResponseMessage> SignInPageAsync(PlatformTestHost host, string? forwardedProto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/signin");
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        return host.Http.SendAsync(request);
    }

    private static List<string> CookieAttributes(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.ToLowerInvariant()).ToList() : [];
}
