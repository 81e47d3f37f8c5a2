using Npgsql;
using Platform.Bundles.Domain;
using Platform.Bundles.Definitions;
using Platform.Bundles.Intake;
using Platform.Bundles.Submission;
using Platform.Catalogue.Contracts;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Bundles.Delivery;

/// <summary>One combined delivery (一次送达): every member's result goes out together by one method, then the bundle is delivered.</summary>
internal sealed class DeliverBundle(NpgsqlDataSource dataSource, ITransactionRunner transactions, ICaseReader reader, ICaseWorkflow workflow,
    IAuditTrail audit, IClock clock)
{
    public async Task HandleAsync(Guid bundleCaseId, int version, DeliveryMethod method, string? trackingNumber, string? note, CaseActor actor,
        CancellationToken cancellationToken)
    {
        if (method == DeliveryMethod.Courier && string.IsNullOrWhiteSpace(trackingNumber))
            throw PlatformProblem.Invalid("bundle.delivery.tracking_required", "trackingNumber", "快递送达须填写快递单号。");
        IReadOnlyList<BundleMemberRow> members;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            var row = await BundleCaseStore.GetAsync(connection, bundleCaseId);
            if (row is null || row.RegionCode != actor.RegionCode) throw PlatformProblem.NotFound("bundle.case.not_found", "一件事办件不存在。");
            BundleSteps.Require(row, version, BundleCaseState.Completed, "送达");
            members = await BundleCaseStore.MembersAsync(connection, null, bundleCaseId);
        }

        foreach (var member in members.Where(m => m.State == nameof(CaseState.Approved)))
        {
            var view = await reader.GetAsync(member.CaseId, cancellationToken) ?? throw new InvalidOperationException($"Member case {member.CaseNumber} is missing.");
            if (view.State == nameof(CaseState.Approved))
                await workflow.DeliverAsync(view.Id, view.Version, method, trackingNumber, note, actor, cancellationToken);
        }

        await transactions.RunAsync(async tx =>
        {
            var row = await BundleCaseStore.LockAsync(tx, bundleCaseId);
            BundleSteps.Require(row, version, BundleCaseState.Completed, "送达");
            var now = clock.Now;
            row = row with { State = nameof(BundleCaseState.Delivered), Version = row.Version + 1, DeliveredAt = now.UtcDateTime };
            await BundleCaseStore.UpdateAsync(tx, row);
            await BundleCaseStore.SetDeliveryAsync(tx, row.Id, BundleJson.Write(new { method = method.ToString(), trackingNumber, note }));
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, "bundle.delivered", "bundle-case", row.Id.ToString(),
                new { row.Number, Method = method.ToString(), trackingNumber }), cancellationToken);
            return 0;
        }, cancellationToken);
    }
}
