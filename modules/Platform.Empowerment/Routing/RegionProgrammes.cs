using System.Collections.Concurrent;
using Npgsql;
using Platform.Empowerment.Lists;

namespace Platform.Empowerment.Routing;

/// <summary>
/// Which regions run a park programme, as every submission's router and screen and every page's menu ask it. A programme
/// row is written once, by its plugin's seed at start-up, and never changed (its lists and entries live in their own
/// tables), so a region's programme is kept for the life of the process; a region without one is asked again after
/// <see cref="AbsentFor"/>.
/// </summary>
internal sealed class RegionProgrammes(NpgsqlDataSource dataSource)
{
    private static readonly TimeSpan AbsentFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (Programme? Programme, long ReadAt)> known = new();

    public async ValueTask<Programme?> OfAsync(NpgsqlTransaction transaction, string regionCode) =>
        Known(regionCode, out var programme)
            ? programme
            : Remember(regionCode, await ProgrammeStore.FindAsync(transaction.Connection!, transaction, regionCode));

    /// <summary>The same answer outside a transaction, on a connection of its own when the region is not known yet.</summary>
    public async ValueTask<Programme?> OfAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (Known(regionCode, out var programme)) return programme;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return Remember(regionCode, await ProgrammeStore.FindAsync(connection, null, regionCode));
    }

    private bool Known(string regionCode, out Programme? programme)
    {
        programme = null;
        if (!known.TryGetValue(regionCode, out var seen)) return false;
        if (seen.Programme is null && Environment.TickCount64 - seen.ReadAt >= AbsentFor.TotalMilliseconds) return false;
        programme = seen.Programme;
        return true;
    }

    private Programme? Remember(string regionCode, Programme? programme)
    {
        known[regionCode] = (programme, Environment.TickCount64);
        return programme;
    }
}
