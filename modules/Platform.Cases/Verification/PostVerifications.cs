using Dapper;
using Platform.Calendar.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;
using Platform.Kernel;

namespace Platform.Cases.Verification;

/// <summary>
/// The check after a decision made on the applicant's commitment (告知承诺核查): due by the matter's own verification limit
/// (else the platform default), held by the verifying unit, on the calendar's clock until its reviewer records the result.
/// </summary>
internal sealed class PostVerifications(IDeadlineRegistry deadlines, CasesOptions options)
{
    public const string SubjectType = "post-verification";

    /// <summary>The deadline's subject id: the case first, so supervision finds the case behind a warning.</summary>
    public static string SubjectId(Guid caseId, Guid verificationId) => $"{caseId}:{verificationId}";

    public async Task<DateOnly> OpenAsync(StepContext step, MatterTerms matter, CancellationToken cancellationToken)
    {
        var id = Ids.New();
        var limit = matter.VerificationLimit ?? TimeLimit.WorkingDays(options.PostVerificationWorkingDays);
        var deadlineId = await deadlines.OpenAsync(step.Transaction,
            new OpenDeadline(step.Case.RegionCode, SubjectType, SubjectId(step.Case.Id, id), step.Now, limit), cancellationToken);
        var due = (await deadlines.GetAsync(step.Transaction, deadlineId, cancellationToken)).Due.Due;
        await step.Transaction.Connection!.ExecuteAsync(
            """
            INSERT INTO cases.post_verifications (id, case_id, region_code, unit_code, opened_at, due_date, deadline_id)
            VALUES (@id, @caseId, @region, @unit, @at, @due::date, @deadlineId)
            """,
            new
            {
                id, caseId = step.Case.Id, region = step.Case.RegionCode, unit = matter.VerifyingUnit, at = step.Now.ToUniversalTime(),
                due = due.ToString("yyyy-MM-dd"), deadlineId,
            }, step.Transaction);
        step.Record["postVerificationUnit"] = matter.VerifyingUnit;
        return due;
    }

    /// <summary>The case's verification still waiting for its result, locked for the step; null when there is none.</summary>
    public static Task<PendingVerification?> LockPendingAsync(StepContext step) =>
        step.Transaction.Connection!.QuerySingleOrDefaultAsync<PendingVerification>(
            "SELECT id, unit_code, deadline_id FROM cases.post_verifications WHERE case_id = @Id AND completed_at IS NULL FOR UPDATE",
            new { step.Case.Id }, step.Transaction);

    /// <summary>Closes the verification with its result and stops its clock.</summary>
    public async Task CompleteAsync(StepContext step, PendingVerification pending, string result, bool? verified, string? findings,
        CancellationToken cancellationToken)
    {
        await deadlines.CloseAsync(step.Transaction, pending.DeadlineId, step.Now, cancellationToken);
        await step.Transaction.Connection!.ExecuteAsync(
            """
            UPDATE cases.post_verifications SET completed_at = @at, result = @result, verified = @verified, findings = @findings,
                verified_by = @actorId, verified_by_name = @actorName
            WHERE id = @Id
            """,
            new { pending.Id, at = step.Now.ToUniversalTime(), result, verified, findings, actorId = step.Actor.Id, actorName = step.Actor.Name },
            step.Transaction);
    }

    /// <summary>A case closed another way (revoked on a legal ground) needs no verification any more: it leaves the unit's queue.</summary>
    public async Task CancelPendingAsync(StepContext step, CancellationToken cancellationToken)
    {
        if (await LockPendingAsync(step) is { } pending)
            await CompleteAsync(step, pending, VerificationResults.Cancelled, null, null, cancellationToken);
    }
}

/// <summary>A verification waiting for its result.</summary>
internal sealed record PendingVerification(Guid Id, string UnitCode, Guid DeadlineId);
