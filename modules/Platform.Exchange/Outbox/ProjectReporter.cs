using Dapper;
using Npgsql;
using Platform.Projects.Contracts;

namespace Platform.Exchange.Outbox;

/// <summary>
/// Writes an outbox row for each reportable project change inside the project's own transaction: the project (项目基本信息),
/// a stage filed or completed (阶段信息), a member case opened (事项办理信息). A member case is remembered so its later
/// steps can be reported against its project.
/// </summary>
internal sealed class ProjectReporter : IProjectObserver
{
    public async Task OnProjectChangedAsync(NpgsqlTransaction transaction, ProjectChanged change, CancellationToken cancellationToken)
    {
        if (Entry(change) is { } entry) await OutboxWriter.AppendAsync(transaction, entry, cancellationToken);
        if (change is { Kind: ProjectChangeKind.MemberCaseOpened, CaseId: { } caseId, CaseNumber: { } number, StageOrdinal: { } ordinal })
            await transaction.Connection!.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO exchange.member_cases (case_id, case_number, project_code, ordinal) VALUES (@caseId, @number, @ProjectCode, @ordinal)
                ON CONFLICT (case_id) DO NOTHING
                """, new { caseId, number, change.ProjectCode, ordinal }, transaction, cancellationToken: cancellationToken));
    }

    private static OutboxEntry? Entry(ProjectChanged c) => c.Kind switch
    {
        ProjectChangeKind.Registered => new OutboxEntry($"{c.ProjectCode}:xm", c.RegionCode, c.ProjectCode, StagingTables.Project,
            new
            {
                xzqhdm = c.RegionCode, gcdm = c.ProjectCode, xmdm = c.ProjectCode, xmmc = c.ProjectName, splclx = c.CategoryCode, xmlx = c.ProjectClass,
                jsdd = c.Location, jsdwmc = c.EnterpriseName, jsdwdm = c.EnterpriseCode, sbsj = c.OccurredAt,
            }, c.OccurredAt),
        ProjectChangeKind.StageFiled or ProjectChangeKind.StageCompleted => Stage(c, c.Kind == ProjectChangeKind.StageFiled ? 1 : 3),
        ProjectChangeKind.MemberCaseOpened => new OutboxEntry($"{c.CaseNumber}:sx", c.RegionCode, c.ProjectCode, StagingTables.MemberCase,
            new
            {
                xzqhdm = c.RegionCode, gcdm = c.ProjectCode, spjdxh = c.StageOrdinal, spsxbm = c.MatterCode, spsxmc = c.MatterName,
                spsxslbm = c.CaseNumber, sqsj = c.OccurredAt,
            }, c.OccurredAt),
        _ => null,
    };

    private static OutboxEntry Stage(ProjectChanged c, int state) =>
        new($"{c.ProjectCode}:jd{c.StageOrdinal}:{state}", c.RegionCode, c.ProjectCode, StagingTables.Stage,
            new { xzqhdm = c.RegionCode, gcdm = c.ProjectCode, spjdxh = c.StageOrdinal, spjdmc = c.StageName, jdzt = state, jdsj = c.OccurredAt },
            c.OccurredAt);
}
