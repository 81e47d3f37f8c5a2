namespace Platform.Projects.Api;

internal sealed record RegisterProjectRequest(string? RegionCode, string? Name, string? CategoryCode, string? ProjectClass, string? Location, string? Zone);

internal sealed record FileStageRequest(Dictionary<string, string>? Form, Dictionary<string, Guid>? Materials);

internal sealed record AssignAgentRequest(bool KeyProject, string? AgentName);

internal sealed record OpinionRequest(string? Verdict, string? Text);

internal sealed record RefileRequest(Dictionary<string, Guid>? Materials);

internal sealed record SurveyRequest(string? Name, string? MaterialName, string? Reference);

internal sealed record AssessmentRequest(string? Zone, string? Name, string? MaterialName, string? Reference, DateOnly? IssuedOn, int? ValidYears);

internal sealed record CreditEntryRequest(string? SubjectName, string? List, string? Reason);

internal sealed record CreditRemovalRequest(string? Reason);

internal sealed record PreReviewRequest(string? MatterCode, bool Passes, string? Text);

internal sealed record LandContractRequest(string? Reference);
