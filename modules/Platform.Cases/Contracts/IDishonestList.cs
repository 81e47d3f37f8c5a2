using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// The region's dishonest list (失信名单) the intake consults: a listed applicant or enterprise loses the
/// tolerant and notification-commitment routes. Other modules keeping credit lists (a project intake's
/// red/black list) list their black entries here, inside their own transaction.
/// </summary>
public interface IDishonestList
{
    Task<bool> IsListedAsync(NpgsqlTransaction transaction, string regionCode, string subjectId, CancellationToken cancellationToken);

    /// <summary>Lists the subject unless it is already listed and not lifted; answers whether it added an entry.</summary>
    Task<bool> ListAsync(NpgsqlTransaction transaction, string regionCode, string subjectId, string reason, CancellationToken cancellationToken);

    /// <summary>Lifts the subject's open entries (the fast routes apply again); answers whether any was open.</summary>
    Task<bool> LiftAsync(NpgsqlTransaction transaction, string regionCode, string subjectId, CancellationToken cancellationToken);
}
