using Platform.Catalogue.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Delivery;

/// <summary>
/// Completes a delivery in progress: the applicant signed for it (or picked it up at the window), or the courier
/// failed, in which case it goes out again under a new tracking number or waits at the window for pick-up.
/// </summary>
internal sealed class DeliveryOutcome(CaseSteps steps, CourierOrders couriers)
{
    public Task<CaseRow> ConfirmAsync(Guid caseId, int version, string? receivedBy, CaseActor actor, CancellationToken cancellationToken) =>
        steps.RunAsync(caseId, version, CaseAction.ConfirmDelivery, actor, async step =>
        {
            var tracking = await couriers.CloseAsync(step.Transaction, step.Case.Id, "Delivered", null, step.Now);
            step.Record["trackingNumber"] = tracking;
            step.Record["receivedBy"] = receivedBy;
            step.Record["method"] = tracking is null ? DeliveryMethod.Window.ToString() : DeliveryMethod.Courier.ToString();
            step.Case = step.Case with
            {
                DeliveredAt = step.Now,
                ClosedAt = step.Now,
                Delivery = tracking is null
                    ? DeliveryRecord.Json(DeliveryMethod.Window, null, receivedBy, "picked-up")
                    : DeliveryRecord.Json(DeliveryMethod.Courier, tracking, receivedBy, "delivered"),
            };
            return CaseState.Delivered;
        }, cancellationToken);

    /// <summary><paramref name="next"/> is <c>retry</c> (with a new tracking number) or <c>window</c> (pick-up at the window).</summary>
    /// <summary>Every rule a failed delivery's input breaks: a reason, what happens next, and a new tracking number to retry.</summary>
    public static FieldErrors CheckFailure(string? reason, string? next, string? trackingNumber)
    {
        var errors = new FieldErrors();
        errors.Require(!string.IsNullOrWhiteSpace(reason), "case.delivery.reason_required", "reason", "请填写投递失败原因。");
        errors.Require(next is "retry" or "window", "case.delivery.next_invalid", "next", "投递失败后须选择 retry（重新寄送）或 window（改为窗口领取）。");
        errors.Require(next != "retry" || !string.IsNullOrWhiteSpace(trackingNumber), "case.delivery.tracking_required", "trackingNumber",
            "重新寄送须填写新的快递单号。");
        return errors;
    }

    public Task<CaseRow> FailAsync(Guid caseId, int version, string reason, string next, string? trackingNumber, CaseActor actor,
        CancellationToken cancellationToken)
    {
        CheckFailure(reason, next, trackingNumber).ThrowIfAny();
        return steps.RunAsync(caseId, version, CaseAction.ReportDeliveryFailure, actor, async step =>
        {
            var failed = await couriers.CloseAsync(step.Transaction, step.Case.Id, "Failed", reason.Trim(), step.Now)
                         ?? throw new PlatformProblem(409, "case.delivery.no_dispatch", "没有在途的快递", "办件没有在途的快递，不能登记投递失败。");
            step.Record["failedTrackingNumber"] = failed;
            step.Record["reason"] = reason.Trim();
            step.Record["next"] = next;
            if (next == "retry")
            {
                step.Record["attempt"] = await couriers.DispatchAsync(step.Transaction, step.Case.Id, trackingNumber!.Trim(), null, step.Now);
                step.Record["trackingNumber"] = trackingNumber.Trim();
                step.Case = step.Case with { Delivery = DeliveryRecord.Json(DeliveryMethod.Courier, trackingNumber.Trim(), null, "dispatched") };
            }
            else
            {
                step.Case = step.Case with { Delivery = DeliveryRecord.Json(DeliveryMethod.Window, null, reason.Trim(), "awaiting-pickup") };
            }

            return CaseState.InDelivery;
        }, cancellationToken);
    }
}
