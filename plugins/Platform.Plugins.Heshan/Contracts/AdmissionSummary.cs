namespace Platform.Plugins.Heshan.Contracts;

/// <summary>An admission request in a list: how many departments have answered, the due date and, once concluded, the score.</summary>
public sealed record AdmissionSummary(Guid Id, string Number, string ProjectName, string FilingUnit, DateOnly Due, string State, string StateName,
    int Answered, int Expected, decimal? Score, bool? Passed);
