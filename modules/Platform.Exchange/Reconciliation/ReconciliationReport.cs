namespace Platform.Exchange.Reconciliation;

/// <summary>
/// The region's exchange at a glance: how many rows the province has not accepted (a page of them), how many it accepted,
/// and every mismatch between the outbox and the staging tables (at most 100).
/// </summary>
internal sealed record ReconciliationReport(string RegionCode, long Accepted, long Outstanding, int Page, int PageSize,
    IReadOnlyList<ExchangeRowView> Items, IReadOnlyList<ExchangeMismatch> Mismatches)
{
    public bool Clean => Outstanding == 0 && Mismatches.Count == 0;
}
