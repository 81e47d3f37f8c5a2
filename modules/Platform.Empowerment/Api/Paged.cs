namespace Platform.Empowerment.Api;

/// <summary>A page of a server-side list.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
