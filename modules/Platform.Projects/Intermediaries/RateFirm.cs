using Dapper;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Projects.Intermediaries;

/// <summary>The enterprise rates the firm once per service (1–5, 5 best) after the report came; the firm list shows the average.</summary>
internal sealed class RateFirm(ITransactionRunner transactions, IAuditTrail audit, IClock clock)
{
    public Task<ServiceRow> HandleAsync(Guid serviceId, string enterpriseCode, int score, string? comment, string actorId,
        CancellationToken cancellationToken)
    {
        if (score is < 1 or > 5) throw PlatformProblem.Invalid("intermediary.rating_invalid", "score", "评分须为 1 至 5 的整数（5 为非常满意）。");
        return transactions.RunAsync(async tx =>
        {
            var service = await ServiceStore.LockAsync(tx, serviceId);
            if (service is null || service.EnterpriseCode != enterpriseCode) throw PlatformProblem.NotFound("intermediary.service_not_found", "中介服务记录不存在。");
            if (service.State != "reported") throw PlatformProblem.Conflict("intermediary.not_reported", "中介机构提交成果后方可评价。");
            if (service.Rating is not null) throw PlatformProblem.Conflict("intermediary.already_rated", "该中介服务已评价。");
            await tx.Connection!.ExecuteAsync(
                "UPDATE projects.intermediary_services SET rating = @score, rating_comment = @comment, rated_at = @now WHERE id = @serviceId",
                new { score, comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), now = clock.Now.ToUniversalTime(), serviceId }, tx);
            await audit.AppendAsync(tx, new AuditEntry(service.RegionCode, actorId, "intermediary.rated", "intermediary-service", serviceId.ToString(),
                new { service.FirmCode, score }), cancellationToken);
            return (await ServiceStore.LockAsync(tx, serviceId))!;
        }, cancellationToken);
    }
}
