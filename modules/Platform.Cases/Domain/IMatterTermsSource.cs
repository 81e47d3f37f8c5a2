using Npgsql;

namespace Platform.Cases.Domain;

/// <summary>The matter version a case is bound to, from the catalogue.</summary>
internal interface IMatterTermsSource
{
    /// <summary>
    /// The version published and in force at <paramref name="at"/>, looked up on <paramref name="transaction"/> when one is
    /// given; refused when there is none.
    /// </summary>
    Task<MatterTerms> InForceAsync(string regionCode, string matterCode, DateTimeOffset at, NpgsqlTransaction? transaction,
        CancellationToken cancellationToken);

    Task<MatterTerms> VersionAsync(Guid versionId, CancellationToken cancellationToken);
}
