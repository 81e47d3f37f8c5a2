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

    public static byte[] Compute(byte[] previousHash, string regionCode, long sequence, DateTimeOffset occurredAt,
        string actor, string action, string subjectType, string subjectId, string data)
    {
        var content = string.Join('\u001f',
            regionCode,
            sequence.ToString(CultureInfo.InvariantCulture),
            occurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            actor, action, subjectType, subjectId, data);
        var bytes = Encoding.UTF8.GetBytes(content);
        var buffer = new byte[previousHash.Length + bytes.Length];
        previousHash.CopyTo(buffer, 0);
        bytes.CopyTo(buffer, previousHash.Length);
        return SHA256.HashData(buffer);
    }
}
