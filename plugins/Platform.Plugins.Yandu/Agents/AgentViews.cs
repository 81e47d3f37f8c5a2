namespace Platform.Plugins.Yandu.Agents;

/// <summary>An agent in the public catalogue.</summary>
internal sealed record AgentView(string Code, string Name, string Unit, string Phone, IReadOnlyList<string> Scope, int TimeLimitWorkingDays);

/// <summary>An assignment of an agent to an enterprise's project, with the agent's deadline and the enterprise's rating.</summary>
internal sealed record AssignmentView(Guid Id, string AgentCode, string AgentName, string EnterpriseCode, string EnterpriseName, string ProjectName,
    string? MatterCode, Guid? CaseId, DateTimeOffset AssignedAt, DateOnly DueDate, int RemainingWorkingDays, string Warning, string Status,
    DateTimeOffset? CompletedAt, int? Rating, string? RatingComment);

internal sealed record AssignAgentRequest(string? AgentCode, string? EnterpriseCode, string? EnterpriseName, string? ProjectName, string? MatterCode,
    Guid? CaseId);

internal sealed record RateAgentRequest(int Rating, string? Comment);
