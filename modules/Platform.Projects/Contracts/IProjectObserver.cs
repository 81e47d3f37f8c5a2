using Npgsql;

namespace Platform.Projects.Contracts;

/// <summary>
/// Told inside the transaction that changes a project (registered, a stage filed, a member case opened, a stage completed),
/// so a module that reports projects elsewhere (the provincial data exchange) records the change with it or not at all.
/// </summary>
public interface IProjectObserver
{
    Task OnProjectChangedAsync(NpgsqlTransaction transaction, ProjectChanged change, CancellationToken cancellationToken);
}
