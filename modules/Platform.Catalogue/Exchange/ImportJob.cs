namespace Platform.Catalogue.Exchange;

/// <summary>An import as a page polls it: how far it got and, when it failed, every error found.</summary>
internal sealed record ImportJob(Guid Id, string RegionCode, string Format, string State, int Processed, int Total,
    IReadOnlyList<ImportError> Errors, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);
