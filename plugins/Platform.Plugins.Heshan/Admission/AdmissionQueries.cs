using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Plugins.Heshan.Contracts;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Admission;

/// <summary>Reads admission requests: one with its form, live deadlines and score, or pages of them.</summary>
internal sealed class AdmissionQueries(ITransactionRunner transactions, NpgsqlDataSource dataSource, Deadlines deadlines, UnitNames units)
{
    public async Task<AdmissionView?> GetAsync(Guid id, CancellationToken ct)
    {
        var names = await units.AllAsync(ct);
        return await transactions.RunAsync(async tx =>
        {
            if (await AdmissionStore.FindAsync(tx, id) is not { } row) return null;
            var opinions = await AdmissionStore.OpinionsAsync(tx, id);
            var model = ScoringModels.Parse(row.ScoringModel);
            var rows = new List<AdmissionOpinionView>();
            foreach (var unit in model.Units)
            {
                var o = opinions.Single(x => x.UnitCode == unit);
                rows.Add(new AdmissionOpinionView(unit, UnitNames.Of(names, unit), (await deadlines.ViewAsync(tx, o.DeadlineId, ct))!,
                    Instants.From(o.AnsweredAt), o.AnsweredByName, o.Agrees, o.Opinion, ScoresOf(o), o.SealReference));
            }

            var pushes = (await AdmissionStore.PushesAsync(tx, id)).Select(p => new AdmissionPushView(p.Target, p.TargetName, Instants.From(p.PushedAt))).ToList();
            var materials = JsonSerializer.Deserialize<List<AdmissionMaterial>>(row.Materials, ScoringModels.Json)!
                .Select(m => new AdmissionMaterialView(m.Name!, m.FileId)).ToList();
            return new AdmissionView(row.Id, row.Number, row.ProjectName, row.Investor, row.Investment, row.LandArea, row.Industry, row.FilingUnit,
                UnitNames.Of(names, row.FilingUnit), Instants.From(row.FiledAt), (await deadlines.ViewAsync(tx, row.DeadlineId, ct))!, row.State, row.Version,
                materials, rows, AdmissionScoring.Compute(model, Entries(opinions)), row.Conclusion, Instants.From(row.ConcludedAt), row.SealReference, pushes);
        }, ct);
    }

    public async Task<PagedList<AdmissionSummary>> ListAsync(int page, int pageSize, CancellationToken ct)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 100));
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var args = new { region = HeshanModule.RegionCode, skip = Pages.Offset(page, pageSize), take = pageSize };
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM heshan.admissions WHERE region_code = @region", args);
        var rows = await connection.QueryAsync<(Guid Id, string Number, string ProjectName, string FilingUnit, DateTime DueDate, string State, decimal? Score,
            bool? Passed, long Answered, long Expected)>(
            """
            SELECT a.id, a.number, a.project_name, a.filing_unit, a.due_date::timestamp, a.state, a.score, a.passed,
                   (SELECT count(*) FROM heshan.admission_opinions o WHERE o.admission_id = a.id AND o.answered_at IS NOT NULL),
                   (SELECT count(*) FROM heshan.admission_opinions o WHERE o.admission_id = a.id)
            FROM heshan.admissions a WHERE a.region_code = @region ORDER BY a.filed_at DESC, a.id OFFSET @skip LIMIT @take
            """, args);
        return new PagedList<AdmissionSummary>(rows.Select(r => new AdmissionSummary(r.Id, r.Number, r.ProjectName, r.FilingUnit,
            DateOnly.FromDateTime(r.DueDate), r.State, AdmissionStates.Chinese(r.State), (int)r.Answered, (int)r.Expected, r.Score, r.Passed)).ToList(),
            page, pageSize, total);
    }

    public static IReadOnlyList<DepartmentEntry> Entries(IEnumerable<AdmissionOpinionRow> opinions) =>
        opinions.Where(o => o.AnsweredAt is not null).Select(o => new DepartmentEntry(o.UnitCode, o.Agrees == true, ScoresOf(o)!)).ToList();

    private static IReadOnlyDictionary<string, decimal>? ScoresOf(AdmissionOpinionRow row) =>
        row.Scores is null ? null : JsonSerializer.Deserialize<Dictionary<string, decimal>>(row.Scores, ScoringModels.Json);
}
