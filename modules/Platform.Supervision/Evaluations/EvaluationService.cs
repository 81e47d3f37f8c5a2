using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Supervision.Api;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Evaluations;

/// <summary>
/// 好差评: the applicant rates a completed case (approved or refused, on its way by courier, or delivered) once; a rating of 基本满意 or
/// worse opens a rectification in the same transaction. While a rectification awaits confirmation the
/// applicant may rate once more, which closes it (满意 or better) or sends it back to fixing.
/// </summary>
internal sealed class EvaluationService(ICaseReader cases, ITransactionRunner transactions, Rectifications rectifications, IAuditTrail audit,
    IClock clock)
{
    private static readonly string[] CompletedStates =
        [nameof(CaseState.Delivered), nameof(CaseState.InDelivery), nameof(CaseState.Approved), nameof(CaseState.Refused)];

    /// <summary>Records the rating; a retry with the same Idempotency-Key answers the rating the first attempt recorded (not created again).</summary>
    public async Task<(EvaluationView Rating, bool Created)> RateAsync(Guid caseId, RatingRequest request, string idempotencyKey, SupervisionAccess access,
        CancellationToken cancellationToken)
    {
        var view = await cases.GetAsync(caseId, cancellationToken);
        await access.DemandApplicantOfAsync(view, cancellationToken);
        var dimensions = Validate(request);
        if (!CompletedStates.Contains(view!.State))
            throw PlatformProblem.Conflict("supervision.evaluation.case_not_completed", "办件办结后才能评价。");
        var rated = new RatedCase(view.Id, view.Number, view.RegionCode, view.MatterCode, view.HandlingUnitCode, access.UserId);
        return await transactions.RunAsync(tx => RecordAsync(tx, rated, request, dimensions, idempotencyKey, cancellationToken), cancellationToken);
    }

    private async Task<(EvaluationView, bool)> RecordAsync(NpgsqlTransaction tx, RatedCase rated, RatingRequest request, Dictionary<string, int> dimensions,
        string idempotencyKey, CancellationToken cancellationToken)
    {
        var connection = tx.Connection!;
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtextextended(@id::text, 7))",
            new { id = rated.CaseId }, tx, cancellationToken: cancellationToken));
        var previous = await connection.QueryAsync<(Guid Id, string Key)>(new CommandDefinition(
            "SELECT id, idempotency_key FROM supervision.evaluations WHERE case_id = @CaseId", rated, tx, cancellationToken: cancellationToken));
        if (previous.Any(p => p.Key == idempotencyKey))
            return (await RecordedAsync(tx, previous.First(p => p.Key == idempotencyKey).Id, request, cancellationToken), false);
        var open = await rectifications.OpenForCaseAsync(tx, rated.CaseId, cancellationToken);
        var reRating = previous.Any();
        if (reRating && open is not { State: "awaiting-confirmation" })
            throw PlatformProblem.Conflict("supervision.evaluation.already_rated", "该办件已评价；整改完成后才能再次评价。");

        var id = Ids.New();
        var now = clock.Now;
        var comment = request.Comment?.Trim() ?? "";
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO supervision.evaluations (id, region_code, case_id, case_number, matter_code, unit_code, applicant_id, level, dimensions,
                comment, rated_at, is_re_rating, idempotency_key)
            VALUES (@id, @RegionCode, @CaseId, @CaseNumber, @MatterCode, @UnitCode, @ApplicantId, @level, @dimensions::jsonb, @comment, @now,
                @reRating, @idempotencyKey);
            """,
            new
            {
                id, rated.RegionCode, rated.CaseId, rated.CaseNumber, rated.MatterCode, rated.UnitCode, rated.ApplicantId, level = (short)request.Level,
                dimensions = JsonSerializer.Serialize(dimensions), comment, now = now.UtcDateTime, reRating, idempotencyKey,
            }, tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
             INSERT INTO supervision.daily_case_stats AS s (day, region_code, unit_code, matter_code, rated_{request.Level})
             VALUES (@day::date, @RegionCode, @UnitCode, @MatterCode, 1)
             ON CONFLICT (region_code, day, unit_code, matter_code) DO UPDATE SET rated_{request.Level} = s.rated_{request.Level} + 1
             """, new { day = BusinessTime.DateOf(now).ToString("yyyy-MM-dd"), rated.RegionCode, rated.UnitCode, rated.MatterCode }, tx,
            cancellationToken: cancellationToken));
        await audit.AppendAsync(tx, new AuditEntry(rated.RegionCode, rated.ApplicantId, "supervision.evaluation.rated", "case", rated.CaseNumber,
            new { request.Level, dimensions, comment, reRating }), cancellationToken);

        Guid? rectificationId = null;
        if (open is not null) await rectifications.ReRatedAsync(tx, open, request.Level, rated.ApplicantId, cancellationToken);
        else if (EvaluationLevels.OpensRectification(request.Level))
            rectificationId = (await rectifications.OpenAsync(tx, rated, id, cancellationToken)).Id;
        return (new EvaluationView(id, rated.CaseId, rated.CaseNumber, request.Level, EvaluationLevels.Name(request.Level), dimensions, comment, now,
            reRating, rectificationId ?? open?.Id), true);
    }

    /// <summary>The rating a first attempt recorded under the key; the same key with another level is refused.</summary>
    private static async Task<EvaluationView> RecordedAsync(NpgsqlTransaction tx, Guid id, RatingRequest request, CancellationToken cancellationToken)
    {
        var row = await tx.Connection!.QuerySingleAsync<RecordedRow>(new CommandDefinition(
            """
            SELECT e.id, e.case_id, e.case_number, e.level, e.dimensions::text AS dimensions, e.comment, e.rated_at, e.is_re_rating,
                   (SELECT r.id FROM supervision.rectifications r WHERE r.evaluation_id = e.id) AS rectification_id
            FROM supervision.evaluations e WHERE e.id = @id
            """, new { id }, tx, cancellationToken: cancellationToken));
        if (row.Level != request.Level)
            throw PlatformProblem.Invalid("request.idempotency_key_reused", "Idempotency-Key", "同一个 Idempotency-Key 已用于另一次评价，请换一个新的键。");
        return new EvaluationView(row.Id, row.CaseId, row.CaseNumber, row.Level, EvaluationLevels.Name(row.Level),
            JsonSerializer.Deserialize<Dictionary<string, int>>(row.Dimensions)!, row.Comment,
            new DateTimeOffset(DateTime.SpecifyKind(row.RatedAt, DateTimeKind.Utc)), row.IsReRating, row.RectificationId);
    }

    private sealed record RecordedRow(Guid Id, Guid CaseId, string CaseNumber, short Level, string Dimensions, string Comment, DateTime RatedAt,
        bool IsReRating, Guid? RectificationId);

    private static Dictionary<string, int> Validate(RatingRequest request)
    {
        if (request.Level is < 1 or > 5)
            throw PlatformProblem.Invalid("supervision.evaluation.level_invalid", "level", "评价等级须为 1（非常满意）至 5（非常不满意）。");
        if (request.Comment is { Length: > 500 })
            throw PlatformProblem.Invalid("supervision.evaluation.comment_too_long", "comment", "评价意见不超过 500 字。");
        var dimensions = new Dictionary<string, int> { ["overall"] = request.Level };
        foreach (var (name, level) in request.Dimensions ?? new Dictionary<string, int>())
        {
            if (!EvaluationLevels.Dimensions.ContainsKey(name))
                throw PlatformProblem.Invalid("supervision.evaluation.dimension_unknown", $"dimensions.{name}",
                    "评价维度只能是 overall、window、online、efficiency、delivery。");
            if (level is < 1 or > 5)
                throw PlatformProblem.Invalid("supervision.evaluation.level_invalid", $"dimensions.{name}", "评价等级须为 1 至 5。");
            dimensions[name] = level;
        }

        if (dimensions["overall"] != request.Level)
            throw PlatformProblem.Invalid("supervision.evaluation.overall_mismatch", "dimensions.overall", "整体评价须与评价等级一致。");
        return dimensions;
    }
}
