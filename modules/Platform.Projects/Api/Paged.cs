namespace Platform.Projects.Api;

/// <summary>A page of a server-side list.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
    public static (int Page, int PageSize) Clamp(int? page, int? pageSize) => (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100));
}
