using Npgsql;
using Platform.Cases.Contracts;
using Platform.Empowerment.Lists;
using Platform.Kernel.Time;

namespace Platform.Empowerment.Routing;

/// <summary>
/// Sends a new application for an empowered matter to the park's approval-service unit from the entry's effective
/// instant until it is revoked; its results carry the park's approval seal, and the original department countersigns
/// (见章盖章) where another body requires its seal. Cases already running are never re-routed: routing happens at submission.
/// </summary>
internal sealed class ParkRouter(RegionProgrammes programmes) : IHandlingUnitRouter
{
    public async Task<HandlingUnitRoute?> RouteAsync(NpgsqlTransaction transaction, string regionCode, string matterCode, string implementingUnitCode,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Entries belong to a programme: a region without one has nothing to route.
        if (await programmes.OfAsync(transaction, regionCode) is not { } programme) return null;
        var entry = await EntryStore.HoldingAsync(transaction, regionCode, matterCode, at);
        if (entry is null) return null;
        var since = BusinessTime.ToBusinessTime(entry.EffectiveAt!.Value);
        return new HandlingUnitRoute(entry.ToUnitCode, programme.SealReference, entry.CountersignRequired ? entry.FromUnitCode : null,
            $"{ChineseNames.Batch(entry.BatchNumber)}赋权：自{since:yyyy年M月d日 HH:mm}起由{programme.ParkName}办理（{ChineseNames.Of(entry.Mode)}）");
    }
}
