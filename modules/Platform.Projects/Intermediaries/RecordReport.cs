using Dapper;
using Platform.Calendar.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Projects.Intermediaries;

/// <summary>
/// Records the firm's report (a file uploaded through <c>/api/v1/files</c> and its number): the service's clock closes, a
/// report after the due date marks the service overdue, and from now on the report stands for the matter's material in the
/// enterprise's applications (see <see cref="IntermediaryReports"/>).
/// </summary>
internal sealed class RecordReport(ITransactionRunner transactions, IAuditTrail audit, IClock clock, IDeadlineRegistry deadlines)
{
    public Task<ServiceRow> HandleAsync(Guid serviceId, string enterpriseCode, Guid fileId, string reportNo, string actorId,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var service = await ServiceStore.LockAsync(tx, serviceId);
            if (service is null || service.EnterpriseCode != enterpriseCode) throw PlatformProblem.NotFound("intermediary.service_not_found", "中介服务记录不存在。");
            if (service.State != "commissioned") throw PlatformProblem.Conflict("intermediary.already_reported", "该中介服务已提交成果。");
            var now = clock.Now;
            var overdue = BusinessTime.DateOf(now) > service.DueDate;
            await tx.Connection!.ExecuteAsync(
                """
                UPDATE projects.intermediary_services SET state = 'reported', report_file_id = @fileId, report_no = @reportNo, reported_at = @now,
                    overdue = @overdue WHERE id = @serviceId
                """, new { fileId, reportNo, now = now.ToUniversalTime(), overdue, serviceId }, tx);
            await deadlines.CloseAsync(tx, service.DeadlineId, now, cancellationToken);
            await audit.AppendAsync(tx, new AuditEntry(service.RegionCode, actorId, "intermediary.reported", "intermediary-service", serviceId.ToString(),
                new { service.FirmCode, reportNo, fileId, overdue }), cancellationToken);
            return (await ServiceStore.LockAsync(tx, serviceId))!;
        }, cancellationToken);
}
