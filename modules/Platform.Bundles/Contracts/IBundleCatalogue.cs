namespace Platform.Bundles.Contracts;

/// <summary>Reads of the published bundles, for applicants and for modules that package things.</summary>
public interface IBundleCatalogue
{
    Task<BundleVersion?> InForceAsync(string regionCode, string code, DateTimeOffset instant, CancellationToken cancellationToken);

    Task<BundleVersion?> VersionAsync(Guid versionId, CancellationToken cancellationToken);

    Task<BundlePage> SearchPublishedAsync(string regionCode, string? text, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>一次告知: for the answers, the member matters in force now and the one deduplicated material list.</summary>
    Task<BundleGuidance> GuideAsync(string regionCode, string code, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken);
}
