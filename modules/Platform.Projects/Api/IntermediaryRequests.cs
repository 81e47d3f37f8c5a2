namespace Platform.Projects.Api;

/// <summary>The enterprise's choice of firm for an intermediary-service matter of its project.</summary>
internal sealed record CommissionRequest(string? MatterCode, string? FirmCode);

/// <summary>The firm's report: the uploaded file and its number.</summary>
internal sealed record ReportRequest(Guid? FileId, string? ReportNo);

/// <summary>The enterprise's rating of the firm: 1–5 (5 best) and an optional comment.</summary>
internal sealed record RatingRequest(int? Score, string? Comment);
