namespace Platform.Identity.Web;

/// <summary>One page of a list, with the total so a client can draw the pager.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
