using Dapper;
using Platform.Cases.Workflow;

namespace Platform.Cases.Withdrawal;

/// <summary>What revoking a decision does to the case, however it is revoked: its licences lapse from this instant and it closes.</summary>
internal static class DecisionRevocation
{
    public static async Task<List<string>> ApplyAsync(StepContext step)
    {
        var licences = (await step.Transaction.Connection!.QueryAsync<string>(
            "UPDATE cases.licences SET revoked_at = @at WHERE case_id = @Id AND revoked_at IS NULL RETURNING number",
            new { step.Case.Id, at = step.Now.ToUniversalTime() }, step.Transaction)).ToList();
        step.Case = step.Case with { ClosedAt = step.Case.ClosedAt ?? step.Now };
        step.Record["revokedLicences"] = licences;
        return licences;
    }
}
