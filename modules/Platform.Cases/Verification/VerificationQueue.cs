using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Verification;

/// <summary>
/// A unit's pending post-verifications (待核查), the nearest due first, each line the case with the verification's due date and
/// colour. A recorded verification, or one of a case revoked another way, has left it. Read along <c>post_verifications_unit_queue</c>.
/// </summary>
internal sealed class VerificationQueue(NpgsqlDataSource dataSource, IWorkingCalendarProvider calendars, IClock clock)
{
    public async Task<CaseListPage> PendingAsync(string regionCode, string unitCode, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (page < 1) throw PlatformProblem.Invalid("request.page_invalid", "page", "页码从 1 开始。");
        if (pageSize is < 1 or > 100) throw PlatformProblem.Invalid("request.page_size_invalid", "pageSize", "每页 1 至 100 条。");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var arguments = new { regionCode, unitCode, limit = pageSize, offset = Pages.Offset(page, pageSize) };
        const string where = "v.region_code = @regionCode AND v.unit_code = @unitCode AND v.completed_at IS NULL";
        var total = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition($"SELECT count(*) FROM cases.post_verifications v WHERE {where}", arguments, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
             SELECT c.id, c.number, c.matter_name, c.applicant_name, c.state, c.submitted_at, v.due_date::text AS due_date, c.handling_unit_code
             FROM cases.post_verifications v JOIN cases.cases c ON c.id = v.case_id
             WHERE {where} ORDER BY v.due_date, v.id LIMIT @limit OFFSET @offset
             """, arguments, cancellationToken: cancellationToken));
        var calendar = await calendars.ForRegionAsync(regionCode, cancellationToken);
        var items = rows.Select(r =>
        {
            var due = DateOnly.Parse(r.DueDate);
            var warning = calendar.WarningAt(new DeadlineAnswer(due, BusinessTime.StartOf(due.AddDays(1)), false), clock.Now).ToString();
            var state = Enum.Parse<CaseState>(r.State);
            return new CaseSummary(r.Id, r.Number, r.MatterName, r.ApplicantName, r.State, CaseStateNames.Chinese(state),
                new DateTimeOffset(DateTime.SpecifyKind(r.SubmittedAt, DateTimeKind.Utc)), due, false, warning, r.HandlingUnitCode);
        }).ToList();
        return new CaseListPage(items, page, pageSize, total);
    }

    private sealed record Row(Guid Id, string Number, string MatterName, string ApplicantName, string State, DateTime SubmittedAt, string DueDate,
        string HandlingUnitCode);
}
