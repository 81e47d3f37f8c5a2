namespace Platform.Supervision.Api;

internal sealed record OpenOrderRequest(Guid CaseId, string? Reason);

internal sealed record AnswerRequest(string? Answer);

internal sealed record NoteRequest(string? Note);

internal sealed record VerifyRequest(string? Reason);
