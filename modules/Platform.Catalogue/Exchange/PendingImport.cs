namespace Platform.Catalogue.Exchange;

/// <summary>An acknowledged import that has not ended yet, with its upload.</summary>
internal sealed record PendingImport(Guid Id, string RegionCode, string Format, string StartedBy, bool SkipInvalid, byte[] Content);
