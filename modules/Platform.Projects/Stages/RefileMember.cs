using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Projects.Register;
using Platform.Projects.Sharing;

namespace Platform.Projects.Stages;

/// <summary>
/// Files a failed member of an open stage again (重新申报): the refused case is kept among the member's earlier
/// cases, a new case is opened under the next attempt's idempotency key with the stage's form, the refused case's
/// files and the new uploads in their place (by material name), and the stage window accepts it like the stage's first filing. The stage stays open meanwhile.
/// </summary>
internal sealed class RefileMember(ITransactionRunner transactions, IAuditTrail audit, ICaseSubmissions submissions, ICaseReader cases,
    MemberMaterials materials, SharedSources shared)
{
    public async Task HandleAsync(Guid projectId, int ordinal, string matterCode, int version, IReadOnlyDictionary<string, Guid> byName,
        CaseActor applicant, CancellationToken cancellationToken)
    {
        var (project, attempt, form, earlier) = await transactions.RunAsync(async tx =>
        {
            var p = await ProjectStore.LockAsync(tx, projectId) ?? throw PlatformProblem.NotFound("project.not_found", "项目不存在。");
            if (p.Version != version) throw PlatformProblem.Conflict("project.version_conflict", "项目已有新的办理进展，请刷新后重试。");
            var stage = await StageStore.LockAsync(tx, projectId, ordinal);
            var member = (await StageStore.MembersAsync(tx.Connection!, tx, projectId)).FirstOrDefault(m => m.Ordinal == ordinal && m.MatterCode == matterCode)
                         ?? throw PlatformProblem.NotFound("project.member_not_found", $"第{ordinal}阶段没有事项 {matterCode}。");
            if (stage is not { State: StageState.Accepted } || !StageRules.IsFailed(member.CaseState))
                throw PlatformProblem.Conflict("project.member_not_failed", $"“{member.MatterName}”未被不予许可，无需重新申报。");
            var next = member.Attempt + 1;
            await tx.Connection!.ExecuteAsync(
                """
                UPDATE projects.stage_members SET attempt = @next, earlier_case_ids = earlier_case_ids || case_id, case_id = NULL, case_number = NULL,
                       case_state = NULL, due_date = NULL
                WHERE project_id = @projectId AND ordinal = @ordinal AND matter_code = @matterCode
                """, new { next, projectId, ordinal, matterCode }, tx);
            await ProjectStore.BumpAsync(tx, projectId);
            await audit.AppendAsync(tx, new AuditEntry(p.RegionCode, applicant.Id, "project.member_refiled", "project", projectId.ToString(),
                new { ordinal, matterCode, attempt = next, earlierCase = member.CaseId }), cancellationToken);
            return (p, next, await StageStore.FormAsync(tx, projectId, ordinal), member.CaseId);
        }, cancellationToken);

        var files = (await cases.GetAsync(earlier!.Value, cancellationToken))!.Materials.Where(m => m.FileId is not null)
            .ToDictionary(m => m.Name, m => m.FileId!.Value);
        foreach (var (name, file) in byName) files[name] = file;
        var submission = new CaseSubmission(project.RegionCode, matterCode,
            new CaseApplicant(project.ApplicantId, project.EnterpriseName, "enterprise", project.EnterpriseCode), "online", form,
            await materials.ForAsync(project.RegionCode, matterCode, files, cancellationToken),
            await shared.ForAsync(project, matterCode, files, cancellationToken));
        var created = await submissions.SubmitAsync(submission, applicant, $"project:{projectId}:stage:{ordinal}:{matterCode}:{attempt}", cancellationToken);
        await transactions.RunAsync(async tx =>
        {
            await StageStore.RecordCaseAsync(tx, projectId, ordinal, matterCode, created.Id, created.Number);
            return true;
        }, cancellationToken);
    }
}
