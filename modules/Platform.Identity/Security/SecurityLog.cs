using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Kernel.Time;

namespace Platform.Identity.Security;

/// <summary>
/// Records sign-ins, failures, lockouts, sign-outs and denials in <c>identity.security_events</c>.
/// A table rather than the region's audit chain: a failure for an unknown account has no region,
/// and a flood of failures must not serialise on a region's chain head. Never given a password or token.
/// </summary>
internal sealed partial class SecurityLog(NpgsqlDataSource dataSource, IClock clock, IHttpContextAccessor http, ILogger<SecurityLog> logger)
{
    public async Task RecordAsync(SecurityEventKind kind, string? account, Guid? userId, string? regionCode, string? detail,
        CancellationToken cancellationToken)
    {
        var name = SnakeCase().Replace(kind.ToString(), "$1_$2").ToLowerInvariant();
        var remoteIp = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO identity.security_events (occurred_at, kind, account, user_id, region_code, remote_ip, detail)
            VALUES (@now, @name, @account, @userId, @regionCode, @remoteIp, @detail)
            """, new { now = clock.Now, name, account, userId, regionCode, remoteIp, detail });
        logger.LogInformation("Security event {Kind} for user {UserId} in region {Region}", name, userId, regionCode);
    }

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex SnakeCase();
}
