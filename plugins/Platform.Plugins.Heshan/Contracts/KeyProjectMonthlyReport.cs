namespace Platform.Plugins.Heshan.Contracts;

/// <summary>
/// The monthly key-project report: projects put on a flow in the month, stages completed (on time or late),
/// and, per unit, what is still open and overdue at the end of the month.
/// </summary>
public sealed record KeyProjectMonthlyReport(int Year, int Month, int ProjectsStarted, int ProjectsCompleted, int StagesCompleted,
    int StagesCompletedLate, IReadOnlyList<KeyProjectUnitLine> Units);

/// <summary>One unit's line of the monthly report.</summary>
public sealed record KeyProjectUnitLine(string UnitCode, string UnitName, int Completed, int CompletedLate, int OpenAtMonthEnd, int OverdueAtMonthEnd);
