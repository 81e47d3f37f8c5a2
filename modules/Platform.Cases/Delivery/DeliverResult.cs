using Platform.Catalogue.Contracts;
using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Delivery;

/// <summary>送达: the result reaches the applicant by a method the matter offers; a courier needs its tracking number.</summary>
internal sealed class DeliverResult(CaseSteps steps, IMatterTermsSource matters)
{
    public Task<CaseRow> HandleAsync(Guid caseId, int version, DeliveryMethod method, string? trackingNumber, string? note, CaseActor actor,
        CancellationToken cancellationToken)
    {
        if (method == DeliveryMethod.Courier && string.IsNullOrWhiteSpace(trackingNumber))
            throw PlatformProblem.Invalid("case.delivery.tracking_required", "trackingNumber", "快递送达须填写快递单号。");
        return steps.RunAsync(caseId, version, CaseAction.Deliver, actor, async step =>
        {
            var matter = await matters.VersionAsync(step.Case.MatterVersionId, cancellationToken);
            if (!matter.DeliveryMethods.Contains(method))
                throw PlatformProblem.Invalid("case.delivery.method_not_offered", "method",
                    $"该事项的送达方式为：{string.Join("、", matter.DeliveryMethods.Select(DeliveryMethodNames.Chinese))}。");
            step.Case = step.Case with
            {
                DeliveredAt = step.Now,
                ClosedAt = step.Now,
                Delivery = JsonSerializer.Serialize(new { method = method.ToString(), trackingNumber, note }),
            };
            step.Record["method"] = method.ToString();
            step.Record["trackingNumber"] = trackingNumber;
            return CaseState.Delivered;
        }, cancellationToken);
    }
}
