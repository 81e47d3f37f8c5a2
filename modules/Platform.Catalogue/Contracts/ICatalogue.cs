using Npgsql;

namespace Platform.Catalogue.Contracts;

/// <summary>Reads of the published catalogue, for applicants and for the modules that run cases.</summary>
public interface ICatalogue
{
    /// <summary>
    /// The published version of a matter in force at an instant (valid from at or before it, not yet ended),
    /// or null. A case accepted at that instant binds to this version's id and keeps its rules.
    /// </summary>
    Task<MatterVersion?> InForceAsync(string regionCode, string code, DateTimeOffset instant, CancellationToken cancellationToken);

    /// <summary>
    /// The id of the version <see cref="InForceAsync"/> answers, as a command for the caller to send in its own batch: it
    /// answers one row with the id, or none. A published version's definition never changes, so a caller holding it by id
    /// need not read it again.
    /// </summary>
    NpgsqlBatchCommand InForceIdCommand(string regionCode, string code, DateTimeOffset instant);

    /// <summary>The id of the version <see cref="InForceAsync"/> answers, or null.</summary>
    Task<Guid?> InForceIdAsync(string regionCode, string code, DateTimeOffset instant, CancellationToken cancellationToken);

    /// <summary>A version by id, whatever its state or validity (for a case bound to it).</summary>
    Task<MatterVersion?> VersionAsync(Guid versionId, CancellationToken cancellationToken);

    /// <summary>The matters of a region with a version in force now, searched and paged on the server.</summary>
    Task<MatterPage> SearchPublishedAsync(string regionCode, MatterQuery query, CancellationToken cancellationToken);
}
