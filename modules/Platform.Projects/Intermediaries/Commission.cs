namespace Platform.Projects.Intermediaries;

/// <summary>An enterprise's own choice: which intermediary-service matter for which project, from which listed firm.</summary>
internal sealed record Commission(Guid ProjectId, string MatterCode, string FirmCode);
