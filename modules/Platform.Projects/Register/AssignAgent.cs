using Dapper;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;

namespace Platform.Projects.Register;

/// <summary>Marks a key project (重点项目) and assigns its agent (代办员) from the agent service zone.</summary>
internal sealed class AssignAgent(ITransactionRunner transactions, IAuditTrail audit)
{
    public Task<ProjectRow> HandleAsync(Guid projectId, int version, bool keyProject, string agentName, string actorId,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var project = await ProjectStore.LockAsync(tx, projectId)
                          ?? throw PlatformProblem.NotFound("project.not_found", "项目不存在。");
            if (project.Version != version)
                throw PlatformProblem.Conflict("project.version_conflict", "项目已被他人修改，请刷新后重试。");
            await tx.Connection!.ExecuteAsync(
                "UPDATE projects.projects SET key_project = @keyProject, agent_name = @agentName, version = version + 1 WHERE id = @projectId",
                new { projectId, keyProject, agentName }, tx);
            await audit.AppendAsync(tx, new AuditEntry(project.RegionCode, actorId, "project.agent_assigned", "project", projectId.ToString(),
                new { keyProject, agentName }), cancellationToken);
            return (await ProjectStore.FindAsync(tx.Connection!, tx, projectId))!;
        }, cancellationToken);
}
