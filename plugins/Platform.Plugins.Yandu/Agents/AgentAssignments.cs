using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Plugins.Yandu.Agents;

/// <summary>
/// 代办 assignments: an agent whose scope covers the matter takes an enterprise's project under first responsibility
/// (one open assignment per project), with a working-day deadline from the calendar registry; the enterprise rates
/// the agent once the work is done. Each change commits with its audit record and its deadline row.
/// </summary>
internal sealed class AgentAssignments(ITransactionRunner transactions, IDeadlineRegistry deadlines, ICaseReader cases, IAuditTrail audit, IClock clock)
{
    public const string SubjectType = "yandu.agent-assignment";

    public async Task<Guid> AssignAsync(string regionCode, AssignAgentRequest request, string actorId, string key, CancellationToken cancellationToken)
    {
        var agentCode = Required(request.AgentCode, "agentCode", "请选择代办员。");
        var enterprise = Required(request.EnterpriseCode, "enterpriseCode", "请填写企业统一社会信用代码。");
        var enterpriseName = Required(request.EnterpriseName, "enterpriseName", "请填写企业名称。");
        var project = Required(request.ProjectName, "projectName", "请填写代办项目名称。");
        if (request.CaseId is { } caseId)
        {
            var view = await cases.GetAsync(caseId, cancellationToken);
            if (view is null || view.RegionCode != regionCode || view.EnterpriseCode != enterprise)
                throw PlatformProblem.Invalid("yandu.agent.case_invalid", "caseId", "办件不存在，或不是该企业在本区的办件。");
        }

        return await transactions.RunAsync(async tx =>
        {
            var earlier = await tx.Connection!.ExecuteScalarAsync<Guid?>(
                "SELECT id FROM yandu.agent_assignments WHERE assigned_by = @actorId AND idempotency_key = @key", new { actorId, key }, tx);
            if (earlier is { } id) return id;
            var agent = await tx.Connection!.QuerySingleOrDefaultAsync<AgentRow>(
                "SELECT code, name, scope::text AS scope, time_limit_working_days FROM yandu.agents WHERE code = @agentCode AND region_code = @regionCode AND active",
                new { agentCode, regionCode }, tx) ?? throw PlatformProblem.Invalid("yandu.agent.unknown", "agentCode", $"没有在岗的代办员 {agentCode}。");
            var responsible = await tx.Connection!.ExecuteScalarAsync<string?>(
                """
                SELECT a.name FROM yandu.agent_assignments s JOIN yandu.agents a ON a.code = s.agent_code
                WHERE s.region_code = @regionCode AND s.enterprise_code = @enterprise AND s.project_name = @project AND s.completed_at IS NULL
                """, new { regionCode, enterprise, project }, tx);
            if (responsible is not null)
                throw new PlatformProblem(409, "yandu.agent.already_responsible", "该项目已有首问负责代办员",
                    $"项目“{project}”由代办员{responsible}首问负责，办结前不另行指派。");

            if (request.MatterCode is { } matter && !agent.Covers(matter))
                throw PlatformProblem.Invalid("yandu.agent.out_of_scope", "matterCode", $"代办员{agent.Name}的代办范围不含事项 {matter}。");

            var assignmentId = Ids.New();
            var now = clock.Now;
            var deadlineId = await deadlines.OpenAsync(tx, new OpenDeadline(regionCode, SubjectType, assignmentId.ToString(), now,
                TimeLimit.WorkingDays(agent.TimeLimitWorkingDays)), cancellationToken);
            var due = (await deadlines.GetAsync(tx, deadlineId, cancellationToken)).Due.Due;
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO yandu.agent_assignments (id, region_code, agent_code, enterprise_code, enterprise_name, project_name, matter_code, case_id,
                    assigned_at, assigned_by, deadline_id, due_date, idempotency_key)
                VALUES (@assignmentId, @regionCode, @agentCode, @enterprise, @enterpriseName, @project, @MatterCode, @CaseId,
                    @at, @actorId, @deadlineId, @due::date, @key)
                """,
                new
                {
                    assignmentId, regionCode, agentCode, enterprise, enterpriseName, project, request.MatterCode, request.CaseId,
                    at = now.ToUniversalTime(), actorId, deadlineId, due = due.ToString("yyyy-MM-dd"), key,
                }, tx);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actorId, "yandu.agent.assigned", "agent-assignment", assignmentId.ToString(),
                new { agentCode, enterprise, project, due }), cancellationToken);
            return assignmentId;
        }, cancellationToken);
    }

    public Task CompleteAsync(Guid id, string regionCode, string actorId, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var row = await LockAsync(tx, id, regionCode);
            if (row.CompletedAt is not null) return 0;
            await deadlines.CloseAsync(tx, row.DeadlineId, clock.Now, cancellationToken);
            await tx.Connection!.ExecuteAsync("UPDATE yandu.agent_assignments SET completed_at = @at WHERE id = @id",
                new { id, at = clock.Now.ToUniversalTime() }, tx);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actorId, "yandu.agent.completed", "agent-assignment", id.ToString()), cancellationToken);
            return 1;
        }, cancellationToken);

    /// <summary>The enterprise rates its agent once the work is done, on the five levels of 好差评 (5 非常满意 … 1 非常不满意).</summary>
    public Task RateAsync(Guid id, string regionCode, string enterpriseCode, int rating, string? comment, string actorId, CancellationToken cancellationToken)
    {
        if (rating is < 1 or > 5) throw PlatformProblem.Invalid("yandu.agent.rating_invalid", "rating", "评价须为 1（非常不满意）至 5（非常满意）。");
        return transactions.RunAsync(async tx =>
        {
            var row = await LockAsync(tx, id, regionCode);
            if (row.EnterpriseCode != enterpriseCode) throw PlatformProblem.NotFound("yandu.agent.assignment_not_found", "代办记录不存在。");
            if (row.CompletedAt is null) throw new PlatformProblem(409, "yandu.agent.not_completed", "代办尚未办结", "代办办结后方可评价。");
            if (row.Rating is not null) throw new PlatformProblem(409, "yandu.agent.already_rated", "已评价", "该代办已评价。");
            await tx.Connection!.ExecuteAsync(
                "UPDATE yandu.agent_assignments SET rating = @rating, rating_comment = @comment, rated_at = @at WHERE id = @id",
                new { id, rating, comment, at = clock.Now.ToUniversalTime() }, tx);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actorId, "yandu.agent.rated", "agent-assignment", id.ToString(), new { rating }),
                cancellationToken);
            return 1;
        }, cancellationToken);
    }

    public Task<AssignmentView?> GetAsync(Guid id, string regionCode, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var row = await tx.Connection!.QuerySingleOrDefaultAsync<AssignmentRow>($"{AssignmentRow.Select} WHERE s.id = @id AND s.region_code = @regionCode",
                new { id, regionCode }, tx);
            if (row is null) return null;
            var deadline = await deadlines.GetAsync(tx, row.DeadlineId, cancellationToken);
            return row.View(deadline);
        }, cancellationToken);

    private static async Task<AssignmentRow> LockAsync(NpgsqlTransaction tx, Guid id, string regionCode) =>
        await tx.Connection!.QuerySingleOrDefaultAsync<AssignmentRow>($"{AssignmentRow.Select} WHERE s.id = @id AND s.region_code = @regionCode FOR UPDATE OF s",
            new { id, regionCode }, tx) ?? throw PlatformProblem.NotFound("yandu.agent.assignment_not_found", "代办记录不存在。");

    private static string Required(string? value, string field, string rule) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 200 ? throw PlatformProblem.Invalid("request.field_invalid", field, rule) : value.Trim();
}
