namespace Platform.Exchange.Api;

/// <summary>How many outbox rows a transfer run sent to the staging database.</summary>
internal sealed record TransferResult(int Sent);
