using System.Text.Json;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Admission;

/// <summary>
/// A department enters its opinion and scores on the one form; the bureau concludes once every department
/// has answered or the time limit has run out (a missing department then scores 0 and shows as late).
/// The conclusion is pushed to the admission leading group, 自然资源局 and the filing town, each push recorded.
/// </summary>
internal sealed class AdmissionSteps(ITransactionRunner transactions, IDeadlineRegistry registry, UnitNames units, IAuditTrail audit, IClock clock)
{
    public Task AnswerAsync(Guid id, int version, string unitCode, AdmissionOpinionRequest request, HeshanActor actor, CancellationToken ct) =>
        RunAsync(id, version, actor, "heshan.admission.opinion", async (tx, row, opinions, now) =>
        {
            HeshanAccess.DemandUnit(actor, unitCode, "填写本单位的准入意见和评分");
            var model = ScoringModels.Parse(row.ScoringModel);
            if (AdmissionScoring.Validate(model, unitCode, request.Scores) is { } broken)
                throw PlatformProblem.Invalid("heshan.admission.score_invalid", broken.Field, broken.Rule);
            if (string.IsNullOrWhiteSpace(request.Opinion))
                throw PlatformProblem.Invalid("heshan.admission.opinion_required", "opinion", "请填写本单位意见。");
            var mine = opinions.Single(o => o.UnitCode == unitCode);
            if (mine.AnsweredAt is not null) throw PlatformProblem.Conflict("heshan.admission.answered", "本单位已填写准入意见。");
            var scores = JsonSerializer.Serialize(request.Scores, ScoringModels.Json);
            await registry.CloseAsync(tx, mine.DeadlineId, now, ct);
            await AdmissionStore.AnswerAsync(tx, id, unitCode, now, actor.Id, actor.Name, request.Agrees, request.Opinion.Trim(), scores,
                Seals.Of(unitCode, row.Number, $"{request.Agrees}\n{request.Opinion}\n{scores}"));
            return new { unitCode, request.Agrees, request.Scores };
        }, ct);

    public Task ConcludeAsync(Guid id, int version, ConcludeAdmissionRequest request, HeshanActor actor, CancellationToken ct) =>
        RunAsync(id, version, actor, "heshan.admission.concluded", async (tx, row, opinions, now) =>
        {
            HeshanAccess.DemandUnit(actor, AdmissionStates.Bureau, "出具准入结论");
            if (string.IsNullOrWhiteSpace(request.Conclusion))
                throw PlatformProblem.Invalid("heshan.admission.conclusion_required", "conclusion", "请填写准入结论意见。");
            var missing = opinions.Where(o => o.AnsweredAt is null).ToList();
            if (missing.Count > 0 && (await registry.GetAsync(tx, row.DeadlineId, ct)).Warning != WarningLevel.Overdue)
                throw PlatformProblem.Conflict("heshan.admission.opinions_pending",
                    $"尚有 {missing.Count} 个部门未填写意见，须待全部填写或时限届满后出具结论。");
            var score = AdmissionScoring.Compute(ScoringModels.Parse(row.ScoringModel), AdmissionQueries.Entries(opinions));
            row.State = AdmissionStates.Concluded;
            (row.Score, row.Passed, row.Conclusion) = (score.Total, score.Passed, request.Conclusion.Trim());
            (row.ConcludedAt, row.ConcludedBy) = (now.UtcDateTime, actor.Id);
            row.SealReference = Seals.Of(AdmissionStates.Bureau, row.Number, $"{score.Total}\n{score.Passed}\n{row.Conclusion}");
            await registry.CloseAsync(tx, row.DeadlineId, now, ct);
            foreach (var open in missing) await registry.CloseAsync(tx, open.DeadlineId, now, ct);
            var names = await units.AllAsync(ct);
            await AdmissionStore.PushAsync(tx, id, AdmissionStates.LeadingGroup, "鹤山市项目准入工作领导小组", now);
            await AdmissionStore.PushAsync(tx, id, AdmissionStates.NaturalResources, UnitNames.Of(names, AdmissionStates.NaturalResources), now);
            if (row.FilingUnit != AdmissionStates.NaturalResources)
                await AdmissionStore.PushAsync(tx, id, row.FilingUnit, UnitNames.Of(names, row.FilingUnit), now);
            return new { score.Total, score.Passed, score.MissingUnits, score.VetoingUnits };
        }, ct);

    private Task RunAsync(Guid id, int version, HeshanActor actor, string action,
        Func<NpgsqlTransaction, AdmissionRow, IReadOnlyList<AdmissionOpinionRow>, DateTimeOffset, Task<object>> apply, CancellationToken ct) =>
        transactions.RunAsync(async tx =>
        {
            var row = await AdmissionStore.LockAsync(tx, id);
            Versions.Require(version, row.Version, "准入申请");
            if (row.State != AdmissionStates.Collecting)
                throw PlatformProblem.Conflict("heshan.admission.concluded", "准入申请已出具结论。");
            var data = await apply(tx, row, await AdmissionStore.OpinionsAsync(tx, id), clock.Now);
            row.Version++;
            await AdmissionStore.UpdateAsync(tx, row);
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, action, "heshan-admission", row.Number, data), ct);
            return row.Version;
        }, ct);
}
