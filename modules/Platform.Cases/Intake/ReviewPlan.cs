using Dapper;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;

namespace Platform.Cases.Intake;

/// <summary>Lays out the review steps the matter names (or one step by the implementing unit), the implementing unit replaced by the handling unit.</summary>
internal static class ReviewPlan
{
    public static async Task CreateAsync(StepContext step, MatterTerms matter)
    {
        // A case routed away from the implementing body (a park that took the power over) is reviewed where it was routed.
        var units = (matter.ReviewUnitCodes.Count > 0 ? matter.ReviewUnitCodes : [matter.ImplementingUnitCode])
            .Select(u => u == matter.ImplementingUnitCode ? step.Case.HandlingUnitCode : u).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            await step.Transaction.Connection!.ExecuteAsync(
                "INSERT INTO cases.review_steps (case_id, ordinal, unit_code) VALUES (@caseId, @ordinal, @unit)",
                new { caseId = step.Case.Id, ordinal = i + 1, unit = units[i] }, step.Transaction);
        }
    }
}
