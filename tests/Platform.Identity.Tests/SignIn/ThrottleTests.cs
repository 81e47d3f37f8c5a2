using System.Net;
using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Platform.Identity.Tests.Support;
using Platform.Testing;

namespace Platform.Identity.Tests.SignIn;

/// <summary>
/// Failed sign-ins are throttled per account (lockout) and per client address; successful ones never are,
/// so a service hall of many clerks behind one address keeps signing in. Anonymous tracking has its own budget.
/// </summary>
public sealed class ThrottleTests(ThrottleHost hall) : IClassFixture<ThrottleHost>
{
    private static readonly string[] Staff = ["clerk", "reviewer", "leader", "park", "supervisor", "admin"];

    [Fact]
    public async Task Should_never_refuse_a_successful_sign_in_when_a_whole_hall_signs_in_from_one_address()
    {
        const string address = "10.20.0.1";
        var statuses = new List<HttpStatusCode>();

        for (var round = 0; round < 5; round++)
        foreach (var region in new[] { "440784", "320903" })
        foreach (var suffix in Staff)
            statuses.Add((await hall.StaffSignInAsync(address, $"{region}-{suffix}")).StatusCode);
        for (var i = 0; i < 10; i++) statuses.Add((await hall.ApplicantSignInAsync(address, "13921030001")).StatusCode);

        statuses.Count.ShouldBe(70);
        statuses.ShouldAllBe(status => status == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_lock_the_failing_account_but_let_another_account_sign_in_when_both_come_from_one_address()
    {
        const string address = "10.20.0.2";
        await new ApiClient(hall.Host).CreateUserAsync("440784", "throttle-locked", "ThrottleLock2026");

        var codes = new List<string?>();
        for (var i = 0; i < 5; i++) codes.Add(await ApiClient.ProblemCodeAsync(await hall.StaffSignInAsync(address, "throttle-locked", $"wrong-{i}-pass")));
        var right = await hall.StaffSignInAsync(address, "throttle-locked", "ThrottleLock2026");
        var colleague = await hall.StaffSignInAsync(address, "440784-reviewer");

        codes[^1].ShouldBe("identity.sign_in.locked_out");
        (await ApiClient.ProblemCodeAsync(right)).ShouldBe("identity.sign_in.locked_out");
        colleague.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_lock_an_applicant_when_its_sign_ins_fail_repeatedly()
    {
        const string address = "10.20.0.3";

        var codes = new List<string?>();
        for (var i = 0; i < 5; i++) codes.Add(await ApiClient.ProblemCodeAsync(await hall.ApplicantSignInAsync(address, "13932090301", $"wrong-{i}-pass")));
        var right = await hall.ApplicantSignInAsync(address, "13932090301");
        var neighbour = await hall.ApplicantSignInAsync(address, "91320903MA0DEMO01X");

        codes.ShouldBe(["identity.sign_in.invalid", "identity.sign_in.invalid", "identity.sign_in.invalid", "identity.sign_in.invalid",
            "identity.sign_in.locked_out"]);
        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemCodeAsync(right)).ShouldBe("identity.sign_in.locked_out");
        neighbour.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_an_address_with_429_when_its_failed_sign_ins_exceed_the_budget()
    {
        const string address = "10.20.0.4";

        var failures = new List<HttpStatusCode>();
        for (var i = 0; i < ThrottleHost.FailuresPerAddress; i++)
            failures.Add((await hall.StaffSignInAsync(address, $"nobody-{i}", "Wrong2026pass")).StatusCode);
        var refused = await hall.StaffSignInAsync(address, "440784-clerk");
        var refusedApplicant = await hall.ApplicantSignInAsync(address, "13944078401");
        var elsewhere = await hall.StaffSignInAsync("10.20.0.5", "440784-clerk");

        failures.ShouldAllBe(status => status == HttpStatusCode.Unauthorized);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await ApiClient.ProblemCodeAsync(refused)).ShouldBe("platform.rate_limited");
        refusedApplicant.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_still_sign_in_when_anonymous_tracking_from_the_same_address_exhausted_its_budget()
    {
        const string address = "10.20.0.6";

        var tracking = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++) tracking.Add((await hall.GetAsync(address, $"/api/v1/cases/track?number=NO-SUCH-{i}&queryCode=000000")).StatusCode);
        var signIn = await hall.StaffSignInAsync(address, "440784-clerk");

        tracking.ShouldContain(HttpStatusCode.TooManyRequests);
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_record_the_forwarded_address_when_the_peer_is_a_trusted_proxy()
    {
        const string address = "10.20.0.7";

        await hall.StaffSignInAsync(address, "throttle-forwarded", "Wrong2026pass");

        await using var connection = new NpgsqlConnection(hall.Host.App.Database.ConnectionString);
        (await connection.QueryAsync<string>("SELECT remote_ip FROM identity.security_events WHERE account = 'throttle-forwarded'"))
            .ShouldBe([address]);
    }

    [Fact]
    public async Task Should_ignore_x_forwarded_for_when_the_peer_is_not_a_trusted_proxy()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:FailedSignInsPerAddress=2");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
            {
                Content = JsonContent.Create(new { account = "untrusted-forwarded", password = "Wrong2026pass" }),
            };
            request.Headers.Add("X-Forwarded-For", $"10.30.0.{i + 1}");
            statuses.Add((await host.Http.SendAsync(request)).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
        await using var connection = new NpgsqlConnection(host.App.Database.ConnectionString);
        (await connection.QueryAsync<string>("SELECT DISTINCT remote_ip FROM identity.security_events WHERE account = 'untrusted-forwarded'"))
            .ShouldBe(["127.0.0.1"]);
    }
}
