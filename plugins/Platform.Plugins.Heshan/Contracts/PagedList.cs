namespace Platform.Plugins.Heshan.Contracts;

/// <summary>One page of a list; lists page on the server, at most 100 a page.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
