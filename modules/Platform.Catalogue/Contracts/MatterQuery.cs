namespace Platform.Catalogue.Contracts;

/// <summary>A search of a region's matters: free text over name and codes, filters, one page (at most 100).</summary>
public sealed record MatterQuery(
    string? Text = null,
    string? Department = null,
    MatterType? Type = null,
    OnlineDepth? OnlineDepth = null,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;
}
