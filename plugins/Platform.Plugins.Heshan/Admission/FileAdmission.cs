using System.Text.Json;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Admission;

/// <summary>
/// Files an admission request to 发展改革局 and opens, in one transaction, the request's deadline and one
/// deadline per scoring department (the model's time limit in working days, 5 by default).
/// </summary>
internal sealed class FileAdmission(ITransactionRunner transactions, ScoringModels models, Deadlines deadlines, IAuditTrail audit, IClock clock)
{
    public async Task<(Guid Id, bool Created)> HandleAsync(FileAdmissionRequest request, HeshanActor actor, string key, CancellationToken ct)
    {
        var filingUnit = actor.UnitCode ?? throw PlatformProblem.Forbidden("identity.forbidden", "您不属于任何镇街或部门，不能提交准入申请。");
        var materials = Validate(request);
        var hash = IdempotencyKeys.Hash(request);
        return await transactions.RunAsync(async tx =>
        {
            if (await IdempotencyKeys.FindAsync(tx, actor.Id, key, hash) is { } earlier) return (earlier, false);
            var now = clock.Now;
            var model = await models.CurrentAsync(tx);
            var id = Ids.New();
            var (deadlineId, due) = await deadlines.OpenAsync(tx, DeadlineSubjects.Admission, id.ToString(), now, model.TimeLimitWorkingDays, ct);
            var row = new AdmissionRow
            {
                Id = id, RegionCode = HeshanModule.RegionCode, Number = $"鹤准入〔{BusinessTime.DateOf(now).Year}〕{await Numbers.NextAsync(tx, "admission", now)}号",
                ProjectName = request.ProjectName!.Trim(), Investor = request.Investor!.Trim(), Investment = request.Investment, LandArea = request.LandArea,
                Industry = request.Industry!.Trim(), FilingUnit = filingUnit, FiledBy = actor.Id, FiledByName = actor.Name, FiledAt = now.UtcDateTime,
                DeadlineId = deadlineId, DueDate = due, ScoringModel = JsonSerializer.Serialize(model, ScoringModels.Json),
                Materials = JsonSerializer.Serialize(materials, ScoringModels.Json), State = AdmissionStates.Collecting, Version = 1,
            };
            await AdmissionStore.InsertAsync(tx, row);
            foreach (var unit in model.Units)
            {
                var (unitDeadline, unitDue) = await deadlines.OpenAsync(tx, DeadlineSubjects.AdmissionOpinion, $"{id}/{unit}", now, model.TimeLimitWorkingDays, ct);
                await AdmissionStore.InsertOpinionAsync(tx, id, unit, unitDeadline, unitDue.ToDateTime(TimeOnly.MinValue));
            }

            await IdempotencyKeys.RememberAsync(tx, actor.Id, key, hash, id, now);
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, "heshan.admission.filed", "heshan-admission", row.Number,
                new { row.ProjectName, row.FilingUnit, due, units = model.Units }), ct);
            return (id, true);
        }, ct);
    }

    private static IReadOnlyList<AdmissionMaterial> Validate(FileAdmissionRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ProjectName) || request.ProjectName.Length > 200)
            throw PlatformProblem.Invalid("heshan.admission.project_required", "projectName", "请填写项目名称（不超过 200 字）。");
        if (string.IsNullOrWhiteSpace(request.Investor))
            throw PlatformProblem.Invalid("heshan.admission.investor_required", "investor", "请填写投资主体。");
        if (string.IsNullOrWhiteSpace(request.Industry))
            throw PlatformProblem.Invalid("heshan.admission.industry_required", "industry", "请填写所属行业。");
        if (request.Investment <= 0) throw PlatformProblem.Invalid("heshan.admission.investment_invalid", "investment", "投资额（万元）须大于 0。");
        if (request.LandArea < 0) throw PlatformProblem.Invalid("heshan.admission.land_invalid", "landArea", "用地面积（亩）不能为负数。");
        if (request.Materials is not { Count: > 0 } materials)
            throw PlatformProblem.Invalid("heshan.admission.materials_required", "materials", "请至少提交一份申报材料，各部门共用，不再重复索要。");
        for (var i = 0; i < materials.Count; i++)
            if (string.IsNullOrWhiteSpace(materials[i].Name))
                throw PlatformProblem.Invalid("heshan.admission.material_name_required", $"materials[{i}].name", "请填写材料名称。");
        return materials.Select(m => m with { Name = m.Name!.Trim() }).ToList();
    }
}
