using Dapper;
using Platform.Calendar.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Projects.Register;

namespace Platform.Projects.Intermediaries;

/// <summary>
/// Records that an enterprise commissioned a firm it chose itself (临湘: no body may recommend or assign one, so only the
/// project's own enterprise calls this) and opens the service's time limit in working days (deadline subject
/// <c>intermediary-service</c>, watched by supervision like any other).
/// </summary>
internal sealed class CommissionService(ITransactionRunner transactions, IAuditTrail audit, IClock clock, IDeadlineRegistry deadlines)
{
    public const string SubjectType = "intermediary-service";

    public Task<(ServiceRow Service, bool Created)> HandleAsync(Commission commission, string enterpriseCode, string actorId, string idempotencyKey,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            if (await ServiceStore.FindByKeyAsync(tx, actorId, idempotencyKey) is { } earlier) return (earlier, false);
            var project = await ProjectStore.FindAsync(tx.Connection!, tx, commission.ProjectId);
            if (project is null || project.EnterpriseCode != enterpriseCode)
                throw PlatformProblem.NotFound("project.not_found", "项目不存在。");
            var matter = await IntermediaryMatterStore.FindAsync(tx, project.RegionCode, commission.MatterCode)
                         ?? throw PlatformProblem.Invalid("intermediary.matter_unknown", "matterCode", $"地区 {project.RegionCode} 没有中介服务事项 {commission.MatterCode}。");
            if (!matter.FirmCodes.Contains(commission.FirmCode))
                throw PlatformProblem.Invalid("intermediary.firm_not_offering", "firmCode", $"机构 {commission.FirmCode} 未入驻提供“{matter.Name}”服务。");
            var firmName = await tx.Connection!.ExecuteScalarAsync<string>(
                "SELECT name FROM projects.intermediaries WHERE region_code = @RegionCode AND code = @FirmCode",
                new { project.RegionCode, commission.FirmCode }, tx);

            var id = Ids.New();
            var now = clock.Now;
            var deadline = await deadlines.OpenAsync(tx, new OpenDeadline(project.RegionCode, SubjectType, id.ToString(), now,
                TimeLimit.WorkingDays(matter.TimeLimitDays)), cancellationToken);
            var due = (await deadlines.GetAsync(tx, deadline, cancellationToken)).Due.Due;
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO projects.intermediary_services (id, region_code, project_id, enterprise_code, matter_code, matter_name, material_name,
                    firm_code, firm_name, time_limit_days, commissioned_at, due_date, deadline_id, state, created_by, idempotency_key)
                VALUES (@id, @RegionCode, @projectId, @enterpriseCode, @matterCode, @matterName, @MaterialName, @FirmCode, @firmName, @TimeLimitDays,
                    @now, @due::date, @deadline, 'commissioned', @actorId, @idempotencyKey)
                """,
                new
                {
                    id, project.RegionCode, projectId = project.Id, enterpriseCode, matterCode = matter.Code, matterName = matter.Name, matter.MaterialName,
                    commission.FirmCode, firmName, matter.TimeLimitDays, now = now.ToUniversalTime(), due = due.ToString("yyyy-MM-dd"), deadline,
                    actorId, idempotencyKey,
                }, tx);
            await audit.AppendAsync(tx, new AuditEntry(project.RegionCode, actorId, "intermediary.commissioned", "intermediary-service", id.ToString(),
                new { project = project.Code, matter = matter.Code, firm = commission.FirmCode, due }), cancellationToken);
            return ((await ServiceStore.FindByKeyAsync(tx, actorId, idempotencyKey))!, true);
        }, cancellationToken);
}
