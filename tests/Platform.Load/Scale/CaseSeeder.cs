using Npgsql;
using NpgsqlTypes;

namespace Platform.Load.Scale;

/// <summary>
/// Bulk-loads synthetic cases with COPY: the case rows, the deadline of every accepted case (open while the case is
/// under review or suspended, closed once decided), supervision's case facts, and the daily counts rebuilt from the
/// facts. Cases spread over a year of submissions, the demo regions, ten matters and the units of each region, fifty
/// thousand applicants, and the states a county bureau's year ends with (most delivered, a few percent still open).
/// </summary>
internal sealed class CaseSeeder(NpgsqlDataSource dataSource, IReadOnlyDictionary<string, IReadOnlyList<string>> unitsByRegion)
{
    public const int Applicants = 50_000;
    private const string Prefix = "S";

    public static SeededState StateOf(int i) => (i % 100) switch
    {
        < 62 => new SeededState("Delivered", true, true),
        < 68 => new SeededState("Approved", true, true),
        < 72 => new SeededState("Refused", true, true),
        < 75 => new SeededState("RejectedAtIntake", false, false),
        < 77 => new SeededState("Withdrawn", true, true),
        < 82 => new SeededState("Submitted", false, false),
        < 98 => new SeededState("UnderReview", true, false),
        _ => new SeededState("Suspended", true, false),
    };

    public static string Number(string region, int i) => $"{region}-2026-{Prefix}{i:D7}";

    public static string QueryCode(int i) => $"Q{i % 9_999_999:D7}";

    public static string Applicant(int i) => $"4407841990{i % Applicants:D8}";

    /// <summary>Adds cases numbered <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public async Task SeedAsync(int from, int to, DateTimeOffset now)
    {
        var regions = unitsByRegion.Keys.Order().ToList();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var second = await dataSource.OpenConnectionAsync();
        await using (var cases = await connection.BeginBinaryImportAsync(
                         """
                         COPY cases.cases (id, number, query_code, region_code, matter_code, matter_version_id, matter_name, handling_unit_code,
                             applicant_id, applicant_name, applicant_kind, channel, state, version, form, submitted_at, accepted_at, decided_at,
                             closed_at, deadline_id, due_date, due_at) FROM STDIN (FORMAT BINARY)
                         """))
        await using (var deadlines = await second.BeginBinaryImportAsync(
                         """
                         COPY calendar.deadlines (id, region_code, subject_type, subject_id, started_at, start_date, limit_amount, limit_unit,
                             due_date, due_at, provisional, suspended_since, closed_at, opened_at, updated_at) FROM STDIN (FORMAT BINARY)
                         """))
        {
            for (var i = from; i < to; i++)
            {
                var c = SeededCase.Of(i, regions, unitsByRegion, now);
                await cases.StartRowAsync();
                await cases.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await cases.WriteAsync(Number(c.Region, i), NpgsqlDbType.Text);
                await cases.WriteAsync(QueryCode(i), NpgsqlDbType.Text);
                await cases.WriteAsync(c.Region, NpgsqlDbType.Text);
                await cases.WriteAsync(c.Matter, NpgsqlDbType.Text);
                await cases.WriteAsync(c.MatterVersionId, NpgsqlDbType.Uuid);
                await cases.WriteAsync($"规模测试事项{c.Matter[^2..]}", NpgsqlDbType.Text);
                await cases.WriteAsync(c.Unit, NpgsqlDbType.Text);
                await cases.WriteAsync(Applicant(i), NpgsqlDbType.Text);
                await cases.WriteAsync("规模测试申请人", NpgsqlDbType.Text);
                await cases.WriteAsync("citizen", NpgsqlDbType.Text);
                await cases.WriteAsync(i % 3 == 0 ? "window" : "online", NpgsqlDbType.Text);
                await cases.WriteAsync(c.State.Name, NpgsqlDbType.Text);
                await cases.WriteAsync(c.State.Accepted ? 4 : 1, NpgsqlDbType.Integer);
                await cases.WriteAsync("{}", NpgsqlDbType.Jsonb);
                await cases.WriteAsync(c.SubmittedAt, NpgsqlDbType.TimestampTz);
                await WriteOrNull(cases, c.AcceptedAt, NpgsqlDbType.TimestampTz);
                await WriteOrNull(cases, c.DecidedAt, NpgsqlDbType.TimestampTz);
                await WriteOrNull(cases, c.DecidedAt, NpgsqlDbType.TimestampTz);
                await WriteOrNull<Guid>(cases, c.State.Accepted ? c.DeadlineId : null, NpgsqlDbType.Uuid);
                await WriteOrNull<DateOnly>(cases, c.State.Accepted ? c.DueDate : null, NpgsqlDbType.Date);
                await WriteOrNull<DateTimeOffset>(cases, c.State.Accepted ? c.DueAt : null, NpgsqlDbType.TimestampTz);
                if (!c.State.Accepted) continue;

                await deadlines.StartRowAsync();
                await deadlines.WriteAsync(c.DeadlineId, NpgsqlDbType.Uuid);
                await deadlines.WriteAsync(c.Region, NpgsqlDbType.Text);
                await deadlines.WriteAsync("case", NpgsqlDbType.Text);
                await deadlines.WriteAsync(c.Id.ToString(), NpgsqlDbType.Text);
                await deadlines.WriteAsync(c.AcceptedAt!.Value, NpgsqlDbType.TimestampTz);
                await deadlines.WriteAsync(DateOnly.FromDateTime(c.AcceptedAt.Value.UtcDateTime), NpgsqlDbType.Date);
                await deadlines.WriteAsync(c.LimitDays, NpgsqlDbType.Integer);
                await deadlines.WriteAsync("working_days", NpgsqlDbType.Text);
                await deadlines.WriteAsync(c.DueDate, NpgsqlDbType.Date);
                await deadlines.WriteAsync(c.DueAt, NpgsqlDbType.TimestampTz);
                await deadlines.WriteAsync(false, NpgsqlDbType.Boolean);
                await WriteOrNull(deadlines, c.State.Name == "Suspended" ? c.AcceptedAt : null, NpgsqlDbType.TimestampTz);
                await WriteOrNull(deadlines, c.DecidedAt, NpgsqlDbType.TimestampTz);
                await deadlines.WriteAsync(c.AcceptedAt.Value, NpgsqlDbType.TimestampTz);
                await deadlines.WriteAsync(c.DecidedAt ?? c.AcceptedAt.Value, NpgsqlDbType.TimestampTz);
            }

            await cases.CompleteAsync();
            await deadlines.CompleteAsync();
        }

        await using var facts = new NpgsqlCommand(
            $"""
             INSERT INTO supervision.case_facts (case_id, number, region_code, matter_code, unit_code, channel, intake_route, state,
                 submitted_at, accepted_at, decided_at, due_date, working_days, updated_at)
             SELECT id, number, region_code, matter_code, handling_unit_code, channel, CASE WHEN accepted_at IS NULL THEN NULL ELSE 'Standard' END,
                 state, submitted_at, accepted_at, decided_at, due_date,
                 CASE WHEN decided_at IS NULL THEN NULL ELSE (extract(day FROM decided_at - accepted_at))::int END, coalesce(decided_at, submitted_at)
             FROM cases.cases WHERE number LIKE '%-{Prefix}%' AND NOT EXISTS (SELECT 1 FROM supervision.case_facts f WHERE f.case_id = cases.id);
             DELETE FROM supervision.daily_case_stats;
             INSERT INTO supervision.daily_case_stats (day, region_code, unit_code, matter_code, received, received_online, accepted, tolerant,
                 commitment, completed, on_time, overdue, zero_visit, working_days, limit_days)
             SELECT (submitted_at AT TIME ZONE 'Asia/Shanghai')::date, region_code, unit_code, matter_code, count(*),
                 count(*) FILTER (WHERE channel = 'online'), count(accepted_at), 0, 0, count(decided_at),
                 count(*) FILTER (WHERE decided_at IS NOT NULL AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date <= due_date),
                 count(*) FILTER (WHERE decided_at IS NOT NULL AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date > due_date),
                 count(*) FILTER (WHERE channel = 'online' AND decided_at IS NOT NULL), coalesce(sum(working_days), 0),
                 coalesce(sum(working_days), 0) + count(decided_at)
             FROM supervision.case_facts GROUP BY 1, 2, 3, 4;
             ANALYZE cases.cases; ANALYZE calendar.deadlines; ANALYZE supervision.case_facts; ANALYZE supervision.daily_case_stats;
             """, connection) { CommandTimeout = 1800 };
        await facts.ExecuteNonQueryAsync();
    }

    private static Task WriteOrNull<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type) where T : struct =>
        value is { } v ? importer.WriteAsync(v, type) : importer.WriteNullAsync();
}
