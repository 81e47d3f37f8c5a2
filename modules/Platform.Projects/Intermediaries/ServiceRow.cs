namespace Platform.Projects.Intermediaries;

/// <summary>A commissioned intermediary service as stored.</summary>
internal sealed record ServiceRow(Guid Id, string RegionCode, Guid ProjectId, string EnterpriseCode, string MatterCode, string MatterName,
    string MaterialName, string FirmCode, string FirmName, int TimeLimitDays, DateTime CommissionedAt, DateOnly DueDate, Guid DeadlineId,
    string State, Guid? ReportFileId, string? ReportNo, DateTime? ReportedAt, bool Overdue, int? Rating, string? RatingComment);
