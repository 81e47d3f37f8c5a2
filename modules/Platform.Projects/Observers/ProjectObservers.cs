using Npgsql;
using Platform.Projects.Contracts;
using Platform.Projects.Register;

namespace Platform.Projects.Observers;

/// <summary>Tells every <see cref="IProjectObserver"/> of a change inside the transaction that makes it.</summary>
internal sealed class ProjectObservers(IEnumerable<IProjectObserver> observers)
{
    public async Task NotifyAsync(NpgsqlTransaction tx, ProjectRow project, ProjectChangeKind kind, DateTimeOffset at, CancellationToken cancellationToken,
        int? ordinal = null, string? stageName = null, string? matterCode = null, string? matterName = null, Guid? caseId = null, string? caseNumber = null)
    {
        var change = new ProjectChanged(kind, project.Id, project.RegionCode, project.Code, project.Name, project.CategoryCode, project.ProjectClass,
            project.Location, project.EnterpriseCode, project.EnterpriseName, at, ordinal, stageName, matterCode, matterName, caseId, caseNumber);
        foreach (var observer in observers) await observer.OnProjectChangedAsync(tx, change, cancellationToken);
    }
}
