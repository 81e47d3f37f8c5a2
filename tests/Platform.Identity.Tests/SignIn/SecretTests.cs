using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Identity.Tests.Support;
using Platform.Testing;

namespace Platform.Identity.Tests.SignIn;

public sealed class SecretTests
{
    [Fact]
    public async Task Should_never_store_or_log_a_password_or_token_in_clear_when_users_are_created_and_sign_in()
    {
        await using var host = await PlatformTestHost.StartAsync("demo",
            [.. DemoHost.GenerousLimits, "--Logging:LogLevel:Default=Trace", "--Logging:Console:LogLevel:Default=None"]);
        var logs = new CapturedLogs();
        host.Get<ILoggerFactory>().AddProvider(logs);
        var api = new ApiClient(host);
        var password = "Clear" + Guid.NewGuid().ToString("N")[..12] + "9";
        var wrong = "Wrong" + Guid.NewGuid().ToString("N")[..12] + "9";

        await api.CreateUserAsync("210300", "secret-keeper", password);
        await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "secret-keeper", password = wrong });
        var pair = await api.TokenAsync("secret-keeper", password);
        var refreshed = await host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = pair.GetProperty("refreshToken").GetString() });
        var secrets = new[]
        {
            password, wrong, pair.GetProperty("accessToken").GetString()!, pair.GetProperty("refreshToken").GetString()!,
            (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!,
        };

        await using var connection = new NpgsqlConnection(host.App.Database.ConnectionString);
        var stored = string.Join('\n', await connection.QueryAsync<string>(
            """
            SELECT row_to_json(t)::text FROM identity.users t
            UNION ALL SELECT row_to_json(t)::text FROM identity.security_events t
            UNION ALL SELECT row_to_json(t)::text FROM identity.refresh_tokens t
            UNION ALL SELECT row_to_json(t)::text FROM platform.audit_records t
            """));
        var hash = await connection.ExecuteScalarAsync<string>("SELECT password_hash FROM identity.users WHERE account = 'secret-keeper'");
        hash.ShouldStartWith("AQAAAA");
        logs.Messages.ShouldNotBeEmpty();
        foreach (var secret in secrets)
        {
            stored.ShouldNotContain(secret);
            logs.Messages.ShouldAllBe(m => !m.Contains(secret));
        }
    }
}
