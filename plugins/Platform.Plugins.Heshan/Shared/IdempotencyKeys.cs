using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Kernel.Errors;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>Remembers which record a create request with a given Idempotency-Key made, per actor.</summary>
internal static class IdempotencyKeys
{
    public static string Hash(object request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));

    /// <summary>The record an earlier request with this key created, or null; refuses a key reused for a different request.</summary>
    public static async Task<Guid?> FindAsync(NpgsqlTransaction tx, string actorId, string key, string requestHash)
    {
        var found = await tx.Connection!.QuerySingleOrDefaultAsync<(Guid SubjectId, string RequestHash)?>(
            "SELECT subject_id, request_hash FROM heshan.idempotency_keys WHERE actor_id = @actorId AND key = @key", new { actorId, key }, tx);
        if (found is not { } earlier) return null;
        if (earlier.RequestHash != requestHash)
            throw PlatformProblem.Invalid("request.idempotency_key_reused", "Idempotency-Key", "同一个 Idempotency-Key 已用于另一个请求，请换一个新的键。");
        return earlier.SubjectId;
    }

    public static Task RememberAsync(NpgsqlTransaction tx, string actorId, string key, string requestHash, Guid subjectId, DateTimeOffset at) =>
        tx.Connection!.ExecuteAsync(
            "INSERT INTO heshan.idempotency_keys (actor_id, key, request_hash, subject_id, created_at) VALUES (@actorId, @key, @requestHash, @subjectId, @at)",
            new { actorId, key, requestHash, subjectId, at = at.ToUniversalTime() }, tx);
}
