namespace Platform.Plugins.Heshan.KeyProjects;

/// <summary>A key project put on a fixed flow: its name, the enterprise, and the flow's code.</summary>
internal sealed record CreateKeyProjectRequest(string? Name, string? EnterpriseId, string? EnterpriseName, string? FlowCode);

/// <summary>The unit holding the current stage reports it done.</summary>
internal sealed record CompleteStageRequest(string? Note);
