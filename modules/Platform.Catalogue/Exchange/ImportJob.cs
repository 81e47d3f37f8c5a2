namespace Platform.Catalogue.Exchange;

/// <summary>
/// An import as a page polls it: how far it got, how many matters it wrote as drafts and every error found. With
/// <see cref="SkipInvalid"/> a Completed job may list errors: those of the matters it skipped.
/// </summary>
internal sealed record ImportJob(Guid Id, string RegionCode, string Format, string State, int Processed, int Total,
    IReadOnlyList<ImportError> Errors, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, bool SkipInvalid = false, int Imported = 0);
