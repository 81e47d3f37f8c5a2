using Platform.Catalogue.Contracts;

namespace Platform.Bundles.Contracts;

/// <summary>One version of a bundle; versioned like matters (draft, then published with a validity). A bundle case binds to <see cref="Id"/>.</summary>
public sealed record BundleVersion(
    Guid Id,
    string RegionCode,
    string Code,
    int Number,
    VersionState State,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidTo,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    BundleDefinition Definition)
{
    public bool InForceAt(DateTimeOffset instant) =>
        State == VersionState.Published && ValidFrom <= instant && (ValidTo is null || instant < ValidTo);
}

/// <summary>A line of a region's published bundles.</summary>
public sealed record BundleSummary(string Code, string Name, string LeadUnit, string? Zone, int CommittedWorkingDays, int MemberCount, Guid VersionId);

public sealed record BundlePage(IReadOnlyList<BundleSummary> Items, int Page, int PageSize, long Total);
