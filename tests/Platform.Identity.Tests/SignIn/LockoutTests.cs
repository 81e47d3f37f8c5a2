using System.Net;
using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Platform.Identity.Tests.Support;

namespace Platform.Identity.Tests.SignIn;

public sealed class LockoutTests(DemoHost demo) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Should_lock_the_account_and_refuse_even_the_right_password_when_five_attempts_failed()
    {
        const string password = "Lockout2026pass";
        await demo.Api.CreateUserAsync("440784", "lockout-clerk", password);

        var codes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var failed = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "lockout-clerk", password = $"wrong-{i}-x" });
            codes.Add(await ApiClient.ProblemCodeAsync(failed));
        }

        var right = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "lockout-clerk", password });

        codes.ShouldBe(["identity.sign_in.invalid", "identity.sign_in.invalid", "identity.sign_in.invalid", "identity.sign_in.invalid",
            "identity.sign_in.locked_out"]);
        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemCodeAsync(right)).ShouldBe("identity.sign_in.locked_out");
        await using var connection = new NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        var kinds = await connection.QueryAsync<string>(
            "SELECT kind FROM identity.security_events WHERE account = 'lockout-clerk' ORDER BY id");
        kinds.ShouldBe(["sign_in_failed", "sign_in_failed", "sign_in_failed", "sign_in_failed", "locked_out", "sign_in_failed"]);
    }
}
