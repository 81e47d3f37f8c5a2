using Platform.Catalogue.Contracts;
using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Payments;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Delivery;

/// <summary>
/// 送达: the result reaches the applicant by a method the matter offers. Window, online push and agent complete
/// at once; a courier dispatch records its tracking number and stays in delivery until it is confirmed or fails.
/// A matter with a fee is delivered only once its payment order is paid.
/// </summary>
internal sealed class DeliverResult(CaseSteps steps, IMatterTermsSource matters, CourierOrders couriers, PaymentOrders payments)
{
    /// <summary>Every rule a delivery's input breaks: a method, and a tracking number for a courier.</summary>
    public static FieldErrors Check(DeliveryMethod? method, string? trackingNumber)
    {
        var errors = new FieldErrors();
        errors.Require(method is not null, "case.delivery.method_invalid", "method", "请选择送达方式。");
        errors.Require(method != DeliveryMethod.Courier || !string.IsNullOrWhiteSpace(trackingNumber), "case.delivery.tracking_required",
            "trackingNumber", "快递送达须填写快递单号。");
        return errors;
    }

    public Task<CaseRow> HandleAsync(Guid caseId, int version, DeliveryMethod? given, string? trackingNumber, string? note, CaseActor actor,
        CancellationToken cancellationToken)
    {
        return steps.RunAsync(caseId, version, CaseAction.Deliver, actor, async step =>
        {
            var chosen = DeliveryChoice.Parse(step.Case.DeliveryChoice);
            var method = given ?? chosen?.Method
                ?? throw PlatformProblem.Invalid("case.delivery.method_required", "method", "申请人未选择送达方式，请选择送达方式。");
            if (chosen is not null && method != chosen.Method)
                throw PlatformProblem.Invalid("case.delivery.not_chosen", "method",
                    $"申请人选择的送达方式为“{DeliveryMethodNames.Chinese(chosen.Method)}”，请按申请人的选择送达；申请人可在寄出前变更。");
            if (method == DeliveryMethod.Courier && string.IsNullOrWhiteSpace(trackingNumber))
                throw PlatformProblem.Invalid("case.delivery.tracking_required", "trackingNumber", "快递送达须填写快递单号。");
            var matter = await matters.VersionAsync(step.Case.MatterVersionId, cancellationToken);
            if (!matter.DeliveryMethods.Contains(method))
                throw PlatformProblem.Invalid("case.delivery.method_not_offered", "method",
                    $"该事项的送达方式为：{string.Join("、", matter.DeliveryMethods.Select(DeliveryMethodNames.Chinese))}。");
            if (step.Case.State == CaseState.Approved && FeeSchedule.Due(matter) is not null
                && await payments.StateAsync(step.Transaction, step.Case.Id) != PaymentStates.Paid)
                throw new PlatformProblem(422, "case.payment.unpaid", "费用未缴纳", "该事项收费，申请人缴费后方可送达办理结果。");
            step.Record["method"] = method.ToString();
            step.Record["trackingNumber"] = trackingNumber;
            if (method == DeliveryMethod.Courier)
            {
                var address = chosen is { Method: DeliveryMethod.Courier } ? $"{chosen.Address}（{chosen.Recipient} {chosen.Phone}）" : note;
                step.Record["address"] = address;
                step.Record["attempt"] = await couriers.DispatchAsync(step.Transaction, step.Case.Id, trackingNumber!.Trim(), address, step.Now);
                step.Case = step.Case with { Delivery = DeliveryRecord.Json(method, trackingNumber, note, "dispatched") };
                return CaseState.InDelivery;
            }

            step.Case = step.Case with { DeliveredAt = step.Now, ClosedAt = step.Now, Delivery = DeliveryRecord.Json(method, trackingNumber, note, null) };
            return CaseState.Delivered;
        }, cancellationToken);
    }
}

/// <summary>The delivery as kept on the case (jsonb): method, tracking number, note, and where a courier delivery stands.</summary>
internal static class DeliveryRecord
{
    public static string Json(DeliveryMethod method, string? trackingNumber, string? note, string? status) =>
        JsonSerializer.Serialize(new { method = method.ToString(), trackingNumber, note, status });
}
