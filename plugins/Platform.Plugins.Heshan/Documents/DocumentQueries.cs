using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Plugins.Heshan.Contracts;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Documents;

/// <summary>Reads documents: one with its whole route and live deadlines, or pages of them.</summary>
internal sealed class DocumentQueries(ITransactionRunner transactions, NpgsqlDataSource dataSource, Deadlines deadlines, UnitNames units)
{
    public async Task<DocumentView?> GetAsync(Guid id, CancellationToken ct)
    {
        var names = await units.AllAsync(ct);
        return await transactions.RunAsync(async tx =>
        {
            if (await DocumentStore.FindAsync(tx.Connection!, tx, id) is not { } row) return null;
            var steps = new List<DocumentStepView>();
            foreach (var s in await DocumentStore.StepsAsync(tx, id))
                steps.Add(new DocumentStepView(s.Id, s.Stage, s.Ordinal, s.UnitCode, UnitNames.Of(names, s.UnitCode), s.LimitDays,
                    Instants.From(s.OpenedAt), Instants.From(s.CompletedAt), s.CompletedByName, s.Agrees, s.Opinion, s.SealReference,
                    await deadlines.ViewAsync(tx, s.DeadlineId, ct)));
            var holders = steps.Where(s => s.OpenedAt is not null && s.CompletedAt is null).Select(s => s.UnitCode).ToList();
            return new DocumentView(row.Id, row.Number, row.Title, row.Body, row.FilingUnit, row.FiledByName, Instants.From(row.FiledAt),
                row.State, DocumentStates.Chinese(row.State), row.Version, holders, steps);
        }, ct);
    }

    /// <summary>Documents filed by, or waiting on, <paramref name="unitCode"/> (all of the region's when null), newest first.</summary>
    public async Task<PagedList<DocumentSummary>> ListAsync(string? unitCode, int page, int pageSize, CancellationToken ct)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 100));
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        const string Filter =
            """
            d.region_code = @region AND (@unit::text IS NULL OR d.filing_unit = @unit
                OR EXISTS (SELECT 1 FROM heshan.document_steps s WHERE s.document_id = d.id AND s.unit_code = @unit AND s.opened_at IS NOT NULL))
            """;
        var args = new { region = HeshanModule.RegionCode, unit = unitCode, skip = Pages.Offset(page, pageSize), take = pageSize };
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM heshan.documents d WHERE {Filter}", args);
        var rows = await connection.QueryAsync<(Guid Id, string Number, string Title, string FilingUnit, DateTime FiledAt, string State, DateTime? NextDue)>(
            $"""
            SELECT d.id, d.number, d.title, d.filing_unit, d.filed_at, d.state,
                   (SELECT min(s.due_date)::timestamp FROM heshan.document_steps s WHERE s.document_id = d.id AND s.completed_at IS NULL) AS next_due
            FROM heshan.documents d WHERE {Filter}
            ORDER BY d.filed_at DESC, d.id OFFSET @skip LIMIT @take
            """, args);
        return new PagedList<DocumentSummary>(rows.Select(r => new DocumentSummary(r.Id, r.Number, r.Title, r.FilingUnit, Instants.From(r.FiledAt), r.State,
            DocumentStates.Chinese(r.State), Instants.Date(r.NextDue))).ToList(), page, pageSize, total);
    }
}
