namespace Platform.Supervision.Contracts;

/// <summary>One page of a server-paged list (at most 100 items), with the total count.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static (int Page, int Size) Clamp(int? page, int? size) => (Math.Max(page ?? 1, 1), Math.Clamp(size ?? 20, 1, 100));
}
