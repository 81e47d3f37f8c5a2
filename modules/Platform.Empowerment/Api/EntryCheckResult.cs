namespace Platform.Empowerment.Api;

internal sealed record EntryCheckResult(bool Admitted, string Message);
