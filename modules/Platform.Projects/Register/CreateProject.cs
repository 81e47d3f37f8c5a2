using Dapper;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Credit;
using Platform.Projects.Observers;

namespace Platform.Projects.Register;

/// <summary>
/// Registers a project (策划生成) and gives it its one project code. The red/black list is consulted here: the
/// standing is kept on the project, and a black-listed enterprise is put on the cases module's dishonest list.
/// </summary>
internal sealed class CreateProject(ITransactionRunner transactions, IAuditTrail audit, IClock clock, CreditRegister credit, ProjectObservers observers)
{
    public Task<(ProjectRow Project, bool Created)> HandleAsync(NewProject input, string actorId, string idempotencyKey,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            if (await ProjectStore.FindByKeyAsync(tx, actorId, idempotencyKey) is { } earlier) return (earlier, false);
            var category = await CategoryStore.FindAsync(tx.Connection!, tx, input.RegionCode, input.CategoryCode)
                           ?? throw PlatformProblem.Invalid("project.category_unknown", "categoryCode", $"地区 {input.RegionCode} 没有项目分类 {input.CategoryCode}。");
            var segment = ProjectClass.Segment(input.ProjectClass);
            var now = clock.Now;
            var code = await ProjectCodes.NextAsync(tx, BusinessTime.DateOf(now).Year, input.RegionCode, category.IndustryCode, segment);
            var standing = await CreditRegister.StandingAsync(tx, input.RegionCode, input.EnterpriseCode);
            await credit.EnforceAsync(tx, input.RegionCode, input.EnterpriseCode, standing, "项目赋码时查询红黑名单", cancellationToken);
            var id = Ids.New();
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO projects.projects (id, region_code, code, name, category_code, project_class, location, zone, applicant_id,
                    enterprise_code, enterprise_name, credit_standing, chain_cap_days, created_by, idempotency_key, created_at)
                VALUES (@id, @RegionCode, @code, @Name, @CategoryCode, @ProjectClass, @Location, @Zone, @ApplicantId,
                    @EnterpriseCode, @EnterpriseName, @standing, @cap, @actorId, @idempotencyKey, @at)
                """,
                new
                {
                    id, input.RegionCode, code, input.Name, input.CategoryCode, input.ProjectClass, input.Location, input.Zone, input.ApplicantId,
                    input.EnterpriseCode, input.EnterpriseName, standing, cap = category.ChainCapDays, actorId, idempotencyKey,
                    at = now.ToUniversalTime(),
                }, tx);
            await audit.AppendAsync(tx, new AuditEntry(input.RegionCode, actorId, "project.registered", "project", id.ToString(),
                new { code, input.Name, input.CategoryCode, input.ProjectClass, standing }), cancellationToken);
            var created = (await ProjectStore.FindAsync(tx.Connection!, tx, id))!;
            await observers.NotifyAsync(tx, created, ProjectChangeKind.Registered, now, cancellationToken);
            return (created, true);
        }, cancellationToken);
}
