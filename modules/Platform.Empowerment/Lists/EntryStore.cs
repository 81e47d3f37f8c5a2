using Dapper;
using Npgsql;
using Platform.Kernel;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Lists;

/// <summary>The empowerment list's rows: add (refusing excluded categories), read, route, take effect, revoke.</summary>
internal sealed class EntryStore
{
    private const string Columns =
        """
        id, region_code, matter_code, matter_name, category, from_unit_code, to_unit_code, mode, batch_number, planned_date::text AS planned_date,
        countersign_required, state, agreement_id, effective_at, revoked_at, revoke_reason
        """;

    /// <summary>Adds the entry, refusing a matter that <paramref name="matter"/> (the catalogue's facts) puts under a bottom line.</summary>
    public async Task<EntryRow> AddAsync(NpgsqlTransaction tx, Programme programme, NewEntry entry, MatterFacts matter, DateTimeOffset now)
    {
        var excluded = ExcludedCategory.Claiming(await ProgrammeStore.ExcludedAsync(tx.Connection!, tx, programme.RegionCode), matter);
        if (excluded is not null)
            throw new PlatformProblem(422, "empowerment.entry.excluded", "该事项不得赋权", excluded.RefusalFor(matter.Name))
            {
                Errors = new Dictionary<string, string[]> { ["matterCode"] = [excluded.RefusalFor(matter.Name)] },
                Extensions = new Dictionary<string, object?> { ["excludedCategory"] = excluded.Code },
            };
        var live = await tx.Connection!.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM empowerment.entries WHERE region_code = @RegionCode AND matter_code = @MatterCode AND state <> 'Revoked')",
            new { programme.RegionCode, entry.MatterCode }, tx);
        if (live)
            throw PlatformProblem.Invalid("empowerment.entry.duplicate", "matterCode", $"事项 {entry.MatterCode} 已在赋权清单中。");
        var id = Ids.New();
        await tx.Connection!.ExecuteAsync(
            """
            INSERT INTO empowerment.entries (id, region_code, matter_code, matter_name, category, keywords, from_unit_code, to_unit_code, mode,
                batch_number, planned_date, countersign_required, state, created_at)
            VALUES (@id, @RegionCode, @MatterCode, @MatterName, @Category, @Keywords, @FromUnitCode, @ParkUnitCode, @mode,
                @BatchNumber, @PlannedDate::date, @CountersignRequired, 'Planned', @now)
            """,
            new
            {
                id, programme.RegionCode, entry.MatterCode, MatterName = matter.Name, entry.Category, Keywords = entry.Keywords.ToArray(), entry.FromUnitCode,
                programme.ParkUnitCode, mode = entry.Mode.ToString(), entry.BatchNumber, PlannedDate = entry.PlannedDate.ToString("yyyy-MM-dd"),
                entry.CountersignRequired, now = now.ToUniversalTime(),
            }, tx);
        return (await FindAsync(tx.Connection!, tx, id))!;
    }

    public static async Task<EntryRow?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid id) =>
        (await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM empowerment.entries WHERE id = @id", new { id }, tx))?.ToEntry();

    /// <summary>The entry that holds the power over a matter at an instant: effective by then and not revoked by then.</summary>
    public static async Task<EntryRow?> HoldingAsync(NpgsqlTransaction tx, string regionCode, string matterCode, DateTimeOffset at) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<Row>(
            $"""
             SELECT {Columns} FROM empowerment.entries
             WHERE region_code = @regionCode AND matter_code = @matterCode AND effective_at <= @at AND (revoked_at IS NULL OR revoked_at > @at)
             ORDER BY effective_at DESC LIMIT 1
             """, new { regionCode, matterCode, at = at.ToUniversalTime() }, tx))?.ToEntry();

    public static async Task<IReadOnlyList<EntryRow>> OfAgreementAsync(NpgsqlTransaction tx, string regionCode, string departmentCode, int batch) =>
        (await tx.Connection!.QueryAsync<Row>(
            $"""
             SELECT {Columns} FROM empowerment.entries
             WHERE region_code = @regionCode AND from_unit_code = @departmentCode AND batch_number = @batch AND state <> 'Revoked'
             ORDER BY matter_code
             """, new { regionCode, departmentCode, batch }, tx)).Select(r => r.ToEntry()).ToList();

    public static async Task<(IReadOnlyList<EntryRow> Items, long Total)> PageAsync(NpgsqlConnection connection, string regionCode, int? batch,
        int page, int pageSize)
    {
        var arguments = new { regionCode, batch, limit = pageSize, offset = Pages.Offset(page, pageSize) };
        const string where = "region_code = @regionCode AND (@batch::integer IS NULL OR batch_number = @batch)";
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM empowerment.entries WHERE {where}", arguments);
        var rows = await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM empowerment.entries WHERE {where} ORDER BY batch_number, from_unit_code, matter_code LIMIT @limit OFFSET @offset",
            arguments);
        return (rows.Select(r => r.ToEntry()).ToList(), total);
    }

    private sealed record Row(Guid Id, string RegionCode, string MatterCode, string MatterName, string Category, string FromUnitCode,
        string ToUnitCode, string Mode, int BatchNumber, string PlannedDate, bool CountersignRequired, string State, Guid? AgreementId,
        DateTime? EffectiveAt, DateTime? RevokedAt, string? RevokeReason)
    {
        public EntryRow ToEntry() => new(Id, RegionCode, MatterCode, MatterName, Category, FromUnitCode, ToUnitCode, Enum.Parse<EmpowermentMode>(Mode),
            BatchNumber, DateOnly.Parse(PlannedDate), CountersignRequired, Enum.Parse<EntryState>(State), AgreementId, Instant.Of(EffectiveAt),
            Instant.Of(RevokedAt), RevokeReason);
    }
}
