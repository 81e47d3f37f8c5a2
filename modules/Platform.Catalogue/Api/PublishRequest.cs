namespace Platform.Catalogue.Api;

/// <summary>When a published draft takes effect, and optionally when it ends.</summary>
internal sealed record PublishRequest(DateTimeOffset ValidFrom, DateTimeOffset? ValidTo);
