using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Projects.Categories;
using Platform.Projects.Register;
using Platform.Projects.Stages;

namespace Platform.Projects.Simulated;

/// <summary>
/// 模拟审批 before the land is held: the applicant files the one form and materials of the first three stages while the
/// land is auctioned (only in categories that allow it), and each department records its pre-review opinion on its matter.
/// </summary>
internal sealed class SimulatedApproval(ITransactionRunner transactions, IAuditTrail audit, IClock clock, MemberMaterials materials)
{
    public const int LastPreReviewedStage = 3;

    public Task<bool> StartAsync(Guid projectId, int version, IReadOnlyDictionary<string, string> form, IReadOnlyDictionary<string, Guid> files,
        CaseActor applicant, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var project = await LockAsync(tx, projectId, version);
            var category = (await CategoryStore.FindAsync(tx.Connection!, tx, project.RegionCode, project.CategoryCode))!;
            if (!category.SimulatedApproval)
                throw PlatformProblem.Conflict("project.simulated.not_allowed", $"“{category.Name}”项目不适用模拟审批。");
            if ((await StageStore.StagesAsync(tx.Connection!, tx, projectId)).Count > 0 || await SimulatedStore.FindAsync(tx.Connection!, tx, projectId) is not null)
                throw PlatformProblem.Conflict("project.simulated.already_started", "项目已开始申报，不能再进入模拟审批。");
            await SimulatedStore.StartAsync(tx, new SimulatedRow(projectId, applicant.Id, applicant.Name, JsonSerializer.Serialize(form),
                JsonSerializer.Serialize(files), clock.Now.UtcDateTime, null, null));
            await ProjectStore.BumpAsync(tx, projectId);
            await audit.AppendAsync(tx, new AuditEntry(project.RegionCode, applicant.Id, "project.simulated_started", "project", projectId.ToString(),
                new { materials = files.Keys }), cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>The department implementing the matter records (or revises, until the land contract) its pre-review opinion.</summary>
    public async Task<bool> PreReviewAsync(Guid projectId, int version, string matterCode, bool passes, string text, JointReviews.Reviewer reviewer,
        CancellationToken cancellationToken)
    {
        var project = await transactions.RunAsync(tx => LockAsync(tx, projectId, version), cancellationToken);
        var department = await materials.DepartmentAsync(project.RegionCode, matterCode, cancellationToken);
        return await transactions.RunAsync(async tx =>
        {
            await LockAsync(tx, projectId, version);
            var simulated = await SimulatedStore.FindAsync(tx.Connection!, tx, projectId);
            if (simulated is not { LandContract: null })
                throw PlatformProblem.Conflict("project.simulated.not_open", "项目不在模拟审批中（尚未开始或土地出让合同已登记）。");
            var category = (await CategoryStore.FindAsync(tx.Connection!, tx, project.RegionCode, project.CategoryCode))!;
            var stage = category.Stages.FirstOrDefault(s => s.Ordinal <= LastPreReviewedStage && s.Matters.Any(m => m.Code == matterCode))
                        ?? throw PlatformProblem.Invalid("project.simulated.matter_unknown", "matterCode", "该事项不在模拟审批的前三个阶段中。");
            if (reviewer.UnitCode != department)
                throw PlatformProblem.Forbidden("project.simulated.not_department", "只有该事项的实施部门可以出具预审意见。");
            await SimulatedStore.PreReviewAsync(tx, new PreReviewRow(projectId, matterCode, stage.Ordinal, reviewer.UnitCode, passes ? "pass" : "fail", text,
                reviewer.Id, reviewer.Name, clock.Now.UtcDateTime));
            await ProjectStore.BumpAsync(tx, projectId);
            await audit.AppendAsync(tx, new AuditEntry(project.RegionCode, reviewer.Id, "project.pre_reviewed", "project", projectId.ToString(),
                new { matterCode, stage.Ordinal, reviewer.UnitCode, passes, text }), cancellationToken);
            return true;
        }, cancellationToken);
    }

    public static async Task<ProjectRow> LockAsync(Npgsql.NpgsqlTransaction tx, Guid projectId, int version)
    {
        var project = await ProjectStore.LockAsync(tx, projectId) ?? throw PlatformProblem.NotFound("project.not_found", "项目不存在。");
        return project.Version == version ? project : throw PlatformProblem.Conflict("project.version_conflict", "项目已有新的办理进展，请刷新后重试。");
    }
}
