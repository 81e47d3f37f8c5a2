namespace Platform.Catalogue.Contracts;

/// <summary>
/// One version of a matter. A published version never changes except for the end of its validity,
/// which the next publication sets; a case binds to <see cref="Id"/> at acceptance.
/// </summary>
public sealed record MatterVersion(
    Guid Id,
    string RegionCode,
    string Code,
    int Number,
    VersionState State,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidTo,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    MatterDefinition Definition)
{
    public bool InForceAt(DateTimeOffset instant) =>
        State == VersionState.Published && ValidFrom <= instant && (ValidTo is null || instant < ValidTo);
}
