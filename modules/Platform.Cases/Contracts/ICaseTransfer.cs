using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// Hands a unit's decided and closed cases of some matters, and the licences they issued, to another unit (a park
/// committee that took the power over). Joins the caller's transaction, so the move commits with the
/// caller's own records or not at all. Running cases stay with the unit that has them.
/// </summary>
public interface ICaseTransfer
{
    /// <summary>What a transfer from <paramref name="unitCode"/> would move now: decided and closed cases of the matters and their licences.</summary>
    Task<CaseTransferTally> TallyAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes, string unitCode,
        CancellationToken cancellationToken);

    /// <summary>What earlier transfers from <paramref name="fromUnit"/> gave <paramref name="toUnit"/> for the matters.</summary>
    Task<CaseTransferTally> TransferredAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes,
        string fromUnit, string toUnit, CancellationToken cancellationToken);

    /// <summary>Moves the decided and closed cases and their licences; answers what it moved.</summary>
    Task<CaseTransferTally> TransferAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes,
        string fromUnit, string toUnit, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>Counts of cases and licences, and a SHA-256 over the sorted case ids then the sorted licence ids.</summary>
public sealed record CaseTransferTally(int Cases, int Licences, string Checksum);
