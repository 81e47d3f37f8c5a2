using Npgsql;

namespace Platform.Cases.Domain;

/// <summary>The matter version a case is bound to, from the catalogue.</summary>
internal interface IMatterTermsSource
{
    /// <summary>The version published and in force at <paramref name="at"/>; refused when there is none.</summary>
    Task<MatterTerms> InForceAsync(string regionCode, string matterCode, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The same look-up as a command to send in the caller's own batch; <see cref="InForceAsync(Guid?, string, string, CancellationToken)"/>
    /// turns what it answered into the terms.
    /// </summary>
    NpgsqlBatchCommand InForceCommand(string regionCode, string matterCode, DateTimeOffset at);

    /// <summary>The terms of the version <see cref="InForceCommand"/> found; refused when it found none.</summary>
    Task<MatterTerms> InForceAsync(Guid? versionId, string regionCode, string matterCode, CancellationToken cancellationToken);

    Task<MatterTerms> VersionAsync(Guid versionId, CancellationToken cancellationToken);
}
