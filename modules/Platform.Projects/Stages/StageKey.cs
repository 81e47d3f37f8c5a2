namespace Platform.Projects.Stages;

internal sealed record StageKey(Guid ProjectId, int Ordinal);
