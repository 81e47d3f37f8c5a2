using Platform.Bundles.Domain;
using Platform.Bundles.Submission;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Npgsql;
using Platform.Kernel.Audit;

namespace Platform.Bundles.Tracking;

/// <summary>
/// Moves a bundle case after its members moved, inside the same transaction: it fails as soon as one member
/// is refused, rejected or withdrawn, and is complete (办结) once every member is decided in favour.
/// </summary>
internal sealed class BundleProgress(IDeadlineRegistry deadlines, IAuditTrail audit)
{
    private static readonly string[] Failing = [nameof(CaseState.Refused), nameof(CaseState.RejectedAtIntake), nameof(CaseState.Withdrawn)];
    private static readonly string[] Done = [nameof(CaseState.Approved), nameof(CaseState.Delivered)];

    public async Task<BundleCaseRow> AdvanceAsync(NpgsqlTransaction tx, BundleCaseRow row, IReadOnlyList<BundleMemberRow> members, DateTimeOffset now,
        string actorId, CancellationToken cancellationToken)
    {
        var state = row.CaseState;
        if (state is not (BundleCaseState.Submitted or BundleCaseState.UnderReview) || members.Count == 0) return row;
        if (members.FirstOrDefault(m => Failing.Contains(m.State)) is { } failed)
        {
            var reason = $"成员事项“{failed.MatterName}”（{failed.CaseNumber}）{FailingName(failed.State)}，本件事无法按申请办结。";
            row = await CloseAsync(tx, row, now, cancellationToken) with
            {
                State = nameof(BundleCaseState.Failed), Version = row.Version + 1, FailureReason = reason,
            };
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actorId, "bundle.failed", "bundle-case", row.Id.ToString(),
                new { row.Number, failed.CaseNumber, failed.State }), cancellationToken);
        }
        else if (state == BundleCaseState.UnderReview && members.All(m => Done.Contains(m.State)))
        {
            row = await CloseAsync(tx, row, now, cancellationToken) with
            {
                State = nameof(BundleCaseState.Completed), Version = row.Version + 1, CompletedAt = now.UtcDateTime,
            };
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actorId, "bundle.completed", "bundle-case", row.Id.ToString(),
                new { row.Number, Members = members.Select(m => m.CaseNumber) }), cancellationToken);
        }
        else return row;

        await BundleCaseStore.UpdateAsync(tx, row);
        return row;
    }

    private async Task<BundleCaseRow> CloseAsync(NpgsqlTransaction tx, BundleCaseRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (row.DeadlineId is not { } id) return row;
        await deadlines.CloseAsync(tx, id, now, cancellationToken);
        return row;
    }

    private static string FailingName(string state) => state switch
    {
        nameof(CaseState.Refused) => "不予许可",
        nameof(CaseState.RejectedAtIntake) => "不予受理",
        _ => "已撤件",
    };
}
