using Npgsql;
using Platform.Calendar.Contracts;

namespace Platform.Calendar.RegionDays;

/// <summary>The SQL of <c>calendar.region_days</c>. A region has a handful of such days a year, so reading a region's days whole is bounded.</summary>
internal sealed class RegionDayStore(NpgsqlDataSource dataSource)
{
    private const string Select = "SELECT day, kind, name FROM calendar.region_days WHERE region_code = $1";

    public async Task<IReadOnlyList<RegionDay>> ListAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Select + " ORDER BY day");
        command.Parameters.Add(new NpgsqlParameter { Value = regionCode });
        return await ReadAsync(command, cancellationToken);
    }

    public static async Task<IReadOnlyList<RegionDay>> ListAsync(NpgsqlTransaction tx, string regionCode, DateOnly? from,
        DateOnly? to, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            Select + " AND ($2::date IS NULL OR day >= $2) AND ($3::date IS NULL OR day <= $3) ORDER BY day", tx.Connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = regionCode });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)from ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)to ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        return await ReadAsync(command, cancellationToken);
    }

    public static async Task InsertAsync(NpgsqlTransaction tx, string regionCode, RegionDay day, string actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO calendar.region_days (region_code, day, kind, name, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6)",
            tx.Connection, tx)
        {
            Parameters =
            {
                new() { Value = regionCode }, new() { Value = day.Date }, new() { Value = day.Kind == RegionDayKind.Rest ? "rest" : "work" },
                new() { Value = day.Name }, new() { Value = actor }, new() { Value = now.ToUniversalTime() },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<bool> DeleteAsync(NpgsqlTransaction tx, string regionCode, DateOnly date, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM calendar.region_days WHERE region_code = $1 AND day = $2", tx.Connection, tx)
        {
            Parameters = { new() { Value = regionCode }, new() { Value = date } },
        };
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static async Task<IReadOnlyList<RegionDay>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var days = new List<RegionDay>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            days.Add(new RegionDay(reader.GetFieldValue<DateOnly>(0),
                reader.GetString(1) == "rest" ? RegionDayKind.Rest : RegionDayKind.Work, reader.GetString(2)));
        return days;
    }
}
