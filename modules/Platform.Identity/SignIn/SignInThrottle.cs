using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Kernel.Time;

namespace Platform.Identity.SignIn;

/// <summary>
/// Failed attempts per client address: once an address failed <c>Identity:FailedSignInsPerAddress</c> times (wrong or
/// unknown accounts, bad refresh tokens) within <c>Identity:FailedSignInWindow</c>, its next attempts are refused before
/// any password is checked, until the oldest of those failures ages out. Successes are never counted, so a service hall
/// of clerks behind one address is not refused for signing in. The count is read from the security log, so every host
/// sharing the database sees the same one; the address is the one forwarded headers from a trusted proxy name.
/// </summary>
internal sealed class SignInThrottle(NpgsqlDataSource dataSource, IClock clock, IHttpContextAccessor http, IOptions<IdentitySettings> settings)
{
    private static readonly string[] Failures = ["sign_in_failed", "locked_out", "refresh_failed", "refresh_reused"];

    /// <summary>How long the caller's address must wait before it may try again; null when it may try now.</summary>
    public async Task<TimeSpan?> WaitAsync(CancellationToken cancellationToken)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (address is null) return null;
        var options = settings.Value;
        var now = clock.Now;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The failure that, with the ones after it, fills the budget: the address may try again when it leaves the window.
        var filling = await connection.QuerySingleOrDefaultAsync<DateTime?>(new CommandDefinition(
            """
            SELECT occurred_at FROM identity.security_events
            WHERE remote_ip = @address AND kind = ANY (@Failures) AND occurred_at > @since
            ORDER BY occurred_at DESC OFFSET @skip LIMIT 1
            """, new { address, Failures, since = now - options.FailedSignInWindow, skip = Math.Max(1, options.FailedSignInsPerAddress) - 1 },
            cancellationToken: cancellationToken));
        if (filling is not { } at) return null;
        var wait = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) + options.FailedSignInWindow - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
    }
}
