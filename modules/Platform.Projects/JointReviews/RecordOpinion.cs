using Dapper;
using Platform.Calendar.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Projects.Register;
using Platform.Projects.Stages;

namespace Platform.Projects.JointReviews;

/// <summary>
/// One participating unit records its opinion on a joint review, in one transaction with its audit record. When the
/// last opinion is in, the review concludes (fail if any unit failed it), its deadline closes, and the stage is
/// completed if nothing else holds it open.
/// </summary>
internal sealed class RecordOpinion(ITransactionRunner transactions, IAuditTrail audit, IClock clock, IDeadlineRegistry deadlines, StageCompletion completion)
{
    public Task<bool> HandleAsync(Guid projectId, Guid reviewId, int version, string verdict, string text, Reviewer reviewer,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var review = await JointReviewStore.LockAsync(tx, reviewId);
            if (review is null || review.ProjectId != projectId) throw PlatformProblem.NotFound("project.joint_review.not_found", "联合审查不存在。");
            if (review.Version != version) throw PlatformProblem.Conflict("project.joint_review.version_conflict", "联合审查已有新的意见，请刷新后重试。");
            if (!review.Units.Contains(reviewer.UnitCode))
                throw PlatformProblem.Forbidden("project.joint_review.not_participant", $"本单位不是“{review.Name}”的参加单位。");
            var opinions = await JointReviewStore.OpinionsAsync(tx.Connection!, tx, [reviewId]);
            if (review.ConcludedAt is not null || opinions.Any(o => o.UnitCode == reviewer.UnitCode))
                throw PlatformProblem.Conflict("project.joint_review.opinion_recorded", "本单位已出具意见，每个参加单位只出具一次意见。");

            var now = clock.Now;
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO projects.joint_review_opinions (review_id, unit_code, verdict, text, reviewer_id, reviewer_name, recorded_at)
                VALUES (@reviewId, @UnitCode, @verdict, @text, @Id, @Name, @at)
                """, new { reviewId, reviewer.UnitCode, verdict, text, reviewer.Id, reviewer.Name, at = now.UtcDateTime }, tx);
            var verdicts = opinions.Select(o => o.Verdict).Append(verdict).ToList();
            string? conclusion = verdicts.Count == review.Units.Length ? Verdict.Conclude(verdicts) : null;
            await tx.Connection!.ExecuteAsync(
                """
                UPDATE projects.joint_reviews SET version = version + 1, conclusion = @conclusion,
                       concluded_at = CASE WHEN @conclusion::text IS NULL THEN NULL ELSE @at END
                WHERE id = @reviewId
                """, new { reviewId, conclusion, at = now.UtcDateTime }, tx);
            var project = (await ProjectStore.FindAsync(tx.Connection!, tx, projectId))!;
            await audit.AppendAsync(tx, new AuditEntry(project.RegionCode, reviewer.Id, "project.joint_review_opinion", "project", projectId.ToString(),
                new { reviewId, review.Kind, review.Ordinal, reviewer.UnitCode, verdict, text, conclusion }), cancellationToken);
            if (conclusion is null) return false;

            await deadlines.CloseAsync(tx, review.DeadlineId, now, cancellationToken);
            if (conclusion != Verdict.Fail) await completion.TryCompleteAsync(tx, projectId, review.Ordinal, now, reviewer.Id, cancellationToken);
            return true;
        }, cancellationToken);
}
