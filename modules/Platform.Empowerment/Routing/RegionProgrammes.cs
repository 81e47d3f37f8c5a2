using System.Collections.Concurrent;
using Npgsql;
using Platform.Empowerment.Lists;

namespace Platform.Empowerment.Routing;

/// <summary>
/// Which regions run a park programme, as every submission's router and screen ask it. A programme row is written once,
/// by its plugin's seed at start-up, and never changed (its lists and entries live in their own tables), so a region's
/// programme is kept for the life of the process; a region without one is asked again after <see cref="AbsentFor"/>.
/// </summary>
internal sealed class RegionProgrammes
{
    private static readonly TimeSpan AbsentFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (Programme? Programme, long ReadAt)> known = new();

    public async ValueTask<Programme?> OfAsync(NpgsqlTransaction transaction, string regionCode)
    {
        var now = Environment.TickCount64;
        if (known.TryGetValue(regionCode, out var seen) && (seen.Programme is not null || now - seen.ReadAt < AbsentFor.TotalMilliseconds))
            return seen.Programme;
        var programme = await ProgrammeStore.FindAsync(transaction.Connection!, transaction, regionCode);
        known[regionCode] = (programme, now);
        return programme;
    }
}
