namespace Platform.Catalogue.Contracts;

public sealed record MatterPage(IReadOnlyList<MatterSummary> Items, int Total, int Page, int PageSize);
