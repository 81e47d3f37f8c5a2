using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Empowerment.Api;
using Platform.Empowerment.Lists;
using Platform.Identity.Contracts;

namespace Platform.Empowerment.Handover;

/// <summary>Reads agreements for the board and the API, with their deadlines as the calendar module keeps them.</summary>
internal sealed class AgreementViews(NpgsqlDataSource dataSource, IDeadlineRegistry deadlines, IOrganisationDirectory directory)
{
    public async Task<AgreementView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await AgreementStore.FindAsync(connection, null, id);
        return row is null ? null : await ViewAsync(connection, row, cancellationToken);
    }

    public async Task<Paged<AgreementView>> PageAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (rows, total) = await AgreementStore.PageAsync(connection, regionCode, page, pageSize);
        var items = new List<AgreementView>();
        foreach (var row in rows) items.Add(await ViewAsync(connection, row, cancellationToken));
        return new Paged<AgreementView>(items, page, pageSize, total);
    }

    private async Task<AgreementView> ViewAsync(NpgsqlConnection connection, AgreementRow row, CancellationToken cancellationToken)
    {
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var records = row.RecordsDeadlineId is { } r ? await deadlines.GetAsync(tx, r, cancellationToken) : null;
        var access = row.AccessDeadlineId is { } a ? await deadlines.GetAsync(tx, a, cancellationToken) : null;
        var matters = (await EntryStore.OfAgreementAsync(tx, row.RegionCode, row.DepartmentCode, row.BatchNumber)).Select(e => e.MatterName).ToList();
        var transfer = await connection.QuerySingleOrDefaultAsync<TransferRow>(
            """
            SELECT transferred_at, cases_before, licences_before, checksum_before, cases_moved, licences_moved, checksum_moved, checksum_after
            FROM empowerment.transfers WHERE agreement_id = @Id
            """, new { row.Id }, tx);
        await tx.CommitAsync(cancellationToken);
        var department = await directory.FindUnitAsync(row.RegionCode, row.DepartmentCode, cancellationToken);
        IReadOnlyList<HandoverStepView> steps =
        [
            Step(HandoverStep.Training, row.TrainedAt, null),
            Step(HandoverStep.Sign, row.SignedAt, null),
            Step(HandoverStep.Records, row.RecordsHandedAt, records),
            Step(HandoverStep.Access, row.AccessGivenAt, access),
            Step(HandoverStep.Effective, row.EffectiveAt, null),
        ];
        return new AgreementView(row.Id, row.RegionCode, row.DepartmentCode, department?.Name ?? row.DepartmentCode, row.BatchNumber,
            ChineseNames.Batch(row.BatchNumber), row.State.ToString(), HandoverRules.Name(row.State), row.Version, steps, matters, row.AgreementText,
            transfer?.ToView());
    }

    private static HandoverStepView Step(HandoverStep step, DateTimeOffset? doneAt, DeadlineState? deadline) =>
        new(step.ToString(), HandoverRules.Name(step), doneAt, deadline?.Due.Due, deadline?.Warning.ToString());

    private sealed record TransferRow(DateTime TransferredAt, int CasesBefore, int LicencesBefore, string ChecksumBefore, int CasesMoved,
        int LicencesMoved, string ChecksumMoved, string ChecksumAfter)
    {
        public TransferView ToView() => new(Instant.Of(TransferredAt), CasesBefore, LicencesBefore, ChecksumBefore, CasesMoved, LicencesMoved,
            ChecksumMoved, ChecksumAfter);
    }
}
