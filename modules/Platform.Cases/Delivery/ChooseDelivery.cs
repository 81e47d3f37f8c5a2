using Platform.Cases.Api;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;

namespace Platform.Cases.Delivery;

/// <summary>
/// The applicant changes how the result reaches them (method, courier address) any time before it is dispatched; the state
/// does not change, and staff dispatch by the latest choice.
/// </summary>
internal sealed class ChooseDelivery(CaseSteps steps, IMatterTermsSource matters)
{
    public Task<CaseRow> HandleAsync(Guid caseId, int version, DeliveryChoiceInput input, CaseActor actor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var choice = DeliveryChoices.From(input, errors, "delivery");
        if (errors.Any || choice is null) throw errors.ToProblem(400, "request.field_invalid", "请求内容不合规");
        return steps.RunAsync(caseId, version, CaseAction.ChooseDelivery, actor, async step =>
        {
            var matter = await matters.VersionAsync(step.Case.MatterVersionId, cancellationToken);
            DeliveryChoices.RequireOffered(choice, matter.DeliveryMethods, "delivery");
            step.Record["method"] = choice.Method.ToString();
            step.Record["before"] = DeliveryChoice.Parse(step.Case.DeliveryChoice)?.Method.ToString();
            step.Case = step.Case with { DeliveryChoice = choice.Json() };
            return step.Case.State;
        }, cancellationToken);
    }
}
