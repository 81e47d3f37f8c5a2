namespace Platform.Plugins.Heshan.Contracts;

/// <summary>A document in a list: where it stands and the nearest due date of its open steps.</summary>
public sealed record DocumentSummary(Guid Id, string Number, string Title, string FilingUnit, DateTimeOffset FiledAt, string State, string StateName,
    DateOnly? NextDue);
