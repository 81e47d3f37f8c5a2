using System.Text.Json;
using Platform.Calendar.Contracts;

namespace Platform.Plugins.Yandu.Agents;

internal sealed record AgentRow(string Code, string Name, string Scope, int TimeLimitWorkingDays)
{
    /// <summary>An agent covers a matter its scope names by code.</summary>
    public bool Covers(string matterCode) => (JsonSerializer.Deserialize<List<string>>(Scope) ?? []).Contains(matterCode);
}

internal sealed record AssignmentRow(Guid Id, string AgentCode, string AgentName, string EnterpriseCode, string EnterpriseName, string ProjectName,
    string? MatterCode, Guid? CaseId, DateTime AssignedAt, Guid DeadlineId, DateTime? CompletedAt, int? Rating, string? RatingComment)
{
    public const string Select =
        """
        SELECT s.id, s.agent_code, a.name AS agent_name, s.enterprise_code, s.enterprise_name, s.project_name, s.matter_code, s.case_id,
               s.assigned_at, s.deadline_id, s.completed_at, s.rating, s.rating_comment
        FROM yandu.agent_assignments s JOIN yandu.agents a ON a.code = s.agent_code
        """;

    public AssignmentView View(DeadlineState deadline) => new(Id, AgentCode, AgentName, EnterpriseCode, EnterpriseName, ProjectName, MatterCode, CaseId,
        Utc(AssignedAt), deadline.Due.Due, deadline.RemainingWorkingDays, deadline.Warning.ToString(), deadline.Status.ToString(),
        CompletedAt is null ? null : Utc(CompletedAt.Value), Rating, RatingComment);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
