using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;

namespace Platform.Bundles.Tracking;

/// <summary>Keeps the bundle cases' copy of their due dates when a calendar change moves them.</summary>
internal sealed class BundleDeadlineObserver : IDeadlineObserver
{
    public const string Subject = "bundle";

    public string SubjectType => Subject;

    public async Task DueDatesMovedAsync(NpgsqlTransaction transaction, IReadOnlyList<MovedDeadline> moved, CancellationToken cancellationToken)
    {
        foreach (var deadline in moved)
            await transaction.Connection!.ExecuteAsync(
                "UPDATE bundles.bundle_cases SET due_date = @due::date, due_provisional = @Provisional WHERE deadline_id = @DeadlineId",
                new { deadline.DeadlineId, due = deadline.Due.Due.ToString("yyyy-MM-dd"), deadline.Due.Provisional }, transaction);
    }
}
