using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Plugins.Heshan.Contracts;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>Opens and reads this plugin's deadlines in the registry, always inside the caller's transaction.</summary>
internal sealed class Deadlines(IDeadlineRegistry registry)
{
    public async Task<(Guid Id, DateOnly Due)> OpenAsync(NpgsqlTransaction tx, string subjectType, string subjectId, DateTimeOffset at,
        int workingDays, CancellationToken cancellationToken)
    {
        var id = await registry.OpenAsync(tx, new OpenDeadline(HeshanModule.RegionCode, subjectType, subjectId, at,
            TimeLimit.WorkingDays(workingDays)), cancellationToken);
        return (id, (await registry.GetAsync(tx, id, cancellationToken)).Due.Due);
    }

    public Task CloseAsync(NpgsqlTransaction tx, Guid id, DateTimeOffset at, CancellationToken cancellationToken) =>
        registry.CloseAsync(tx, id, at, cancellationToken);

    public async Task<DeadlineView?> ViewAsync(NpgsqlTransaction tx, Guid? id, CancellationToken cancellationToken)
    {
        if (id is not { } deadlineId) return null;
        var state = await registry.GetAsync(tx, deadlineId, cancellationToken);
        return new DeadlineView(state.Due.Due, state.Warning.ToString(), state.RemainingWorkingDays, state.Status == DeadlineStatus.Closed,
            state.Due.Provisional);
    }
}
