namespace Platform.Cases.Contracts;

/// <summary>Reads a whole case for other modules; they check their own callers' scope.</summary>
public interface ICaseReader
{
    Task<CaseView?> GetAsync(Guid caseId, CancellationToken cancellationToken);
}
