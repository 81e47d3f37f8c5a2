namespace Platform.Cases.Contracts;

/// <summary>One courier dispatch of a case's result (快递送达): the attempt, the tracking number, and how it ended.</summary>
public sealed record CourierOrderView(int Attempt, string TrackingNumber, string? Address, DateTimeOffset DispatchedAt, string? Outcome,
    DateTimeOffset? OutcomeAt, string? Reason);
