using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Kernel.Audit;

/// <summary>The chain rule: hash = SHA-256(previous hash ‖ the record's fields joined by a unit separator).</summary>
internal static class AuditHash
{
    public static readonly byte[] Genesis = new byte[32];

    /// <summary>PostgreSQL keeps microseconds; the hash must see exactly what the database keeps.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

    /// <summary>The instant as the hash sees it: UTC, microseconds, ISO 8601.</summary>
    public static string Stamp(DateTimeOffset occurredAt) =>
        occurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="Compute"/> as a PostgreSQL expression over <c>last_hash</c> and <c>sequence</c> and the parameters
    /// <c>$1</c> region, <c>$3</c> stamp, <c>$4</c> actor, <c>$5</c> action, <c>$6</c> subject type, <c>$7</c> subject id and
    /// <c>$8</c> data (a missing text joins as empty, as <see cref="string.Join(char, string?[])"/> does); <c>convert_to</c>
    /// gives the bytes <see cref="Encoding.UTF8"/> does.
    /// </summary>
    public const string SqlExpression =
        """
        sha256(last_hash || convert_to(concat_ws(chr(31), coalesce($1::text, ''), sequence::text, $3::text, coalesce($4::text, ''),
            coalesce($5::text, ''), coalesce($6::text, ''), coalesce($7::text, ''), coalesce($8::text, '')), 'UTF8'))
        """;

    public static byte[] Compute(byte[] previousHash, string regionCode, long sequence, DateTimeOffset occurredAt,
        string actor, string action, string subjectType, string subjectId, string data)
    {
        var content = string.Join('\u001f', regionCode, sequence.ToString(CultureInfo.InvariantCulture), Stamp(occurredAt),
            actor, action, subjectType, subjectId, data);
        var bytes = Encoding.UTF8.GetBytes(content);
        var buffer = new byte[previousHash.Length + bytes.Length];
        previousHash.CopyTo(buffer, 0);
        bytes.CopyTo(buffer, previousHash.Length);
        return SHA256.HashData(buffer);
    }
}
