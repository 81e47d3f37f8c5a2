namespace Platform.Cases.Contracts;

/// <summary>Reads a whole case for other modules; they check their own callers' scope.</summary>
public interface ICaseReader
{
    Task<CaseView?> GetAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>A unit's queue as the queue page shows it: open cases routed to the unit, by due date, paged (at most 100).</summary>
    Task<CaseListPage> UnitQueueAsync(string regionCode, string unitCode, int page, int pageSize, CancellationToken cancellationToken);
}
