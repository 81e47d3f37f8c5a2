using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Calendar.Deadlines;
using Platform.Kernel.Database;
using Platform.Kernel.Time;

namespace Platform.Calendar.Calendars;

/// <summary>
/// On start, compares the national years in CN.yaml with those the stored due dates were computed
/// with; a year published, corrected or withdrawn since recomputes the open deadlines touching it.
/// </summary>
internal sealed class NationalCalendarSync(
    CalendarIndexCache calendars, ITransactionRunner transactions, DeadlineRecompute recompute, IClock clock, ILogger<NationalCalendarSync> logger)
{
    public Task<int> SyncAsync(CancellationToken cancellationToken) => transactions.RunAsync(async tx =>
    {
        await DeadlineStore.ExecuteAsync(tx, "SELECT pg_advisory_xact_lock(hashtext($1))", cancellationToken, "calendar.national");
        var stored = await StoredYearsAsync(tx, cancellationToken);
        var years = calendars.NationalCalendar.Years;
        var changed = years.Values.Where(y => stored.GetValueOrDefault(y.Year) != y.Fingerprint).ToList();
        var withdrawn = stored.Keys.Where(y => !years.ContainsKey(y)).ToList();
        if (changed.Count == 0 && withdrawn.Count == 0) return 0;

        var extents = changed.Select(y => y.Extent)
            .Concat(withdrawn.Select(y => (From: new DateOnly(y, 1, 1), To: new DateOnly(y, 12, 31)))).ToList();
        var recomputed = await recompute.RunAsync(tx, extents.Min(e => e.From), extents.Max(e => e.To), null,
            async (region, ct) => (await calendars.CalendarForAsync(region, ct)).Index, cancellationToken);
        foreach (var year in changed)
            await DeadlineStore.ExecuteAsync(tx,
                """
                INSERT INTO calendar.national_years (year, fingerprint, applied_at) VALUES ($1, $2, $3)
                ON CONFLICT (year) DO UPDATE SET fingerprint = excluded.fingerprint, applied_at = excluded.applied_at
                """, cancellationToken, year.Year, year.Fingerprint, clock.Now);
        foreach (var year in withdrawn)
            await DeadlineStore.ExecuteAsync(tx, "DELETE FROM calendar.national_years WHERE year = $1", cancellationToken, year);
        logger.LogInformation("National calendar years {Years} changed; recomputed {Count} open deadlines",
            string.Join(", ", changed.Select(y => y.Year).Concat(withdrawn)), recomputed);
        return recomputed;
    }, cancellationToken);

    private static async Task<Dictionary<int, string>> StoredYearsAsync(NpgsqlTransaction tx, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT year, fingerprint FROM calendar.national_years", tx.Connection, tx);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var years = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken)) years[reader.GetInt32(0)] = reader.GetString(1);
        return years;
    }
}
