using Dapper;
using Npgsql;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.KeyProjects;

/// <summary>
/// Puts a key project on a fixed flow and moves it stage by stage: each stage opens a registry deadline
/// (subject <c>heshan-key-project-stage</c>; supervision raises its warnings) and the unit's to-do entry.
/// </summary>
internal sealed class KeyProjectSteps(ITransactionRunner transactions, KeyProjectFlows flows, Deadlines deadlines, IAuditTrail audit, IClock clock)
{
    public async Task<(Guid Id, bool Created)> CreateAsync(CreateKeyProjectRequest request, HeshanActor actor, string key, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) throw PlatformProblem.Invalid("heshan.project.name_required", "name", "请填写项目名称。");
        if (string.IsNullOrWhiteSpace(request.EnterpriseId) || string.IsNullOrWhiteSpace(request.EnterpriseName))
            throw PlatformProblem.Invalid("heshan.project.enterprise_required", "enterpriseId", "请填写企业统一社会信用代码和名称。");
        var flow = flows.Find(request.FlowCode)
                   ?? throw PlatformProblem.Invalid("heshan.project.flow_unknown", "flowCode", $"没有编码为“{request.FlowCode}”的固定流程。");
        var hash = IdempotencyKeys.Hash(request);
        return await transactions.RunAsync(async tx =>
        {
            if (await IdempotencyKeys.FindAsync(tx, actor.Id, key, hash) is { } earlier) return (earlier, false);
            var (id, now) = (Ids.New(), clock.Now);
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO heshan.key_projects (id, region_code, name, enterprise_id, enterprise_name, flow_code, filed_by, filed_at, state, version)
                VALUES (@id, @region, @name, @enterpriseId, @enterpriseName, @flow, @by, @now, 'Running', 1)
                """, new { id, region = HeshanModule.RegionCode, name = request.Name.Trim(), enterpriseId = request.EnterpriseId.Trim(),
                    enterpriseName = request.EnterpriseName.Trim(), flow = flow.Code, by = actor.Id, now = now.ToUniversalTime() }, tx);
            for (var i = 0; i < flow.Stages.Count; i++)
                await tx.Connection!.ExecuteAsync(
                    "INSERT INTO heshan.key_project_stages (project_id, ordinal, name, unit_code, limit_days) VALUES (@id, @ordinal, @Name, @Unit, @WorkingDays)",
                    new { id, ordinal = i + 1, flow.Stages[i].Name, flow.Stages[i].Unit, flow.Stages[i].WorkingDays }, tx);
            await OpenStageAsync(tx, id, 1, now, ct);
            await IdempotencyKeys.RememberAsync(tx, actor.Id, key, hash, id, now);
            await audit.AppendAsync(tx, new AuditEntry(HeshanModule.RegionCode, actor.Id, "heshan.project.created", "heshan-key-project", id.ToString(),
                new { request.Name, flow = flow.Code }), ct);
            return (id, true);
        }, ct);
    }

    public Task CompleteStageAsync(Guid id, int version, CompleteStageRequest request, HeshanActor actor, CancellationToken ct) =>
        transactions.RunAsync(async tx =>
        {
            var project = await tx.Connection!.QuerySingleOrDefaultAsync<(int Version, string State)?>(
                              "SELECT version, state FROM heshan.key_projects WHERE id = @id FOR UPDATE", new { id }, tx)
                          ?? throw PlatformProblem.NotFound("heshan.project.not_found", "重点项目不存在。");
            Versions.Require(version, project.Version, "重点项目");
            var found = await tx.Connection!.QuerySingleOrDefaultAsync<(int Ordinal, string UnitCode, Guid DeadlineId)?>(
                            """
                            SELECT ordinal, unit_code, deadline_id FROM heshan.key_project_stages
                            WHERE project_id = @id AND opened_at IS NOT NULL AND completed_at IS NULL
                            """, new { id }, tx)
                        ?? throw PlatformProblem.Conflict("heshan.project.completed", "重点项目已走完全部环节。");
            var stage = found;
            HeshanAccess.DemandUnit(actor, stage.UnitCode, "办结本环节");
            var now = clock.Now;
            await deadlines.CloseAsync(tx, stage.DeadlineId, now, ct);
            await tx.Connection!.ExecuteAsync(
                "UPDATE heshan.key_project_stages SET completed_at = @now, completed_by = @by, note = @note WHERE project_id = @id AND ordinal = @ordinal",
                new { id, stage.Ordinal, now = now.ToUniversalTime(), by = actor.Id, note = request.Note?.Trim() }, tx);
            var hasNext = await OpenStageAsync(tx, id, stage.Ordinal + 1, now, ct);
            await tx.Connection!.ExecuteAsync(
                "UPDATE heshan.key_projects SET version = version + 1, state = @state, completed_at = @completed WHERE id = @id",
                new { id, state = hasNext ? "Running" : "Completed", completed = hasNext ? (DateTime?)null : now.UtcDateTime }, tx);
            await audit.AppendAsync(tx, new AuditEntry(HeshanModule.RegionCode, actor.Id, "heshan.project.stage_done", "heshan-key-project", id.ToString(),
                new { stage.Ordinal, stage.UnitCode }), ct);
            return 0;
        }, ct);

    private async Task<bool> OpenStageAsync(NpgsqlTransaction tx, Guid id, int ordinal, DateTimeOffset now, CancellationToken ct)
    {
        var days = await tx.Connection!.QuerySingleOrDefaultAsync<int?>(
            "SELECT limit_days FROM heshan.key_project_stages WHERE project_id = @id AND ordinal = @ordinal", new { id, ordinal }, tx);
        if (days is null) return false;
        var (deadlineId, due) = await deadlines.OpenAsync(tx, DeadlineSubjects.KeyProjectStage, $"{id}/{ordinal}", now, days.Value, ct);
        await tx.Connection!.ExecuteAsync(
            "UPDATE heshan.key_project_stages SET opened_at = @now, deadline_id = @deadlineId, due_date = @due WHERE project_id = @id AND ordinal = @ordinal",
            new { id, ordinal, now = now.ToUniversalTime(), deadlineId, due = due.ToDateTime(TimeOnly.MinValue) }, tx);
        return true;
    }
}
