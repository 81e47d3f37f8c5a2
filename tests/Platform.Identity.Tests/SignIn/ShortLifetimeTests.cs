using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Platform.Identity.Tests.Support;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Identity.Tests.SignIn;

/// <summary>Lifetimes and limits configured short, on a host of their own.</summary>
public sealed class ShortLifetimeTests
{
    [Fact]
    public async Task Should_answer_401_when_the_access_token_has_expired()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", [.. DemoHost.GenerousLimits, "--Identity:AccessTokenLifetime=00:00:03"]);
        var token = await new ApiClient(host).AccessTokenAsync("430682-clerk");
        (await new ApiClient(host).GetAsync("/api/v1/auth/me", token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A token's exp is whole seconds, cut down: wait for the instant the token itself names, not for the lifetime.
        var left = ExpiryOf(token) - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300);
        if (left > TimeSpan.Zero)
            await Task.Delay(left);
        var expired = await new ApiClient(host).GetAsync("/api/v1/auth/me", token);

        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemCodeAsync(expired)).ShouldBe("identity.unauthenticated");
    }

    [Fact]
    public async Task Should_let_the_account_in_again_when_the_lockout_has_passed()
    {
        // The platform's clock, not the wall's: a loaded machine must not decide whether the lockout has passed yet.
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var host = await PlatformTestHost.StartAsync("demo", container => container.RegisterInstance(clock).As<IClock>(),
            [.. DemoHost.GenerousLimits, "--Identity:LockoutDuration=00:15:00", "--Identity:MaxFailedAttempts=2"]);
        for (var i = 0; i < 2; i++)
            await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "430682-reviewer", password = "wrong-pass-1" });
        (await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "430682-reviewer", password = ApiClient.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        (await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "430682-reviewer", password = ApiClient.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_answer_429_problem_json_when_failed_sign_ins_from_one_address_exceed_the_limit()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:FailedSignInsPerAddress=3");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "nobody", password = "wrong-pass-1" });
            statuses.Add(last.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
        (await ApiClient.ProblemCodeAsync(last!)).ShouldBe("platform.rate_limited");
    }

    private static DateTimeOffset ExpiryOf(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '='));
        return DateTimeOffset.FromUnixTimeSeconds(JsonDocument.Parse(json).RootElement.GetProperty("exp").GetInt64());
    }
}
