using Platform.Cases.Contracts;

namespace Platform.Supervision.Tests;

/// <summary>
/// Takes an applicant's online application for a 临湘 park matter (企业投资项目备案, 1 working day) through
/// acceptance, review and an approval, with the cases module's public contracts.
/// </summary>
internal static class CompletedCases
{
    public const string Region = "430682";
    public const string Matter = "11430682MB0000051X000101001000";
    public const string Applicant = "13943068201";

    public static async Task<CaseView> ApproveAsync(SupervisionHost host, Http http, string applicantToken)
    {
        var requirements = await http.JsonAsync(HttpMethod.Get, $"/api/v1/cases/requirements?region={Region}&matter={Matter}", null);
        var materials = new List<object>();
        foreach (var material in requirements.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("required").GetBoolean()))
            materials.Add(new { materialCode = material.GetProperty("code").GetString(), fileId = await http.UploadAsync(applicantToken) });
        var submitted = await http.JsonAsync(HttpMethod.Post, "/api/v1/cases", applicantToken,
            new { regionCode = Region, matterCode = Matter, form = new { 项目名称 = "临湘园区厂房" }, materials }, idempotencyKey: Guid.NewGuid().ToString());
        var caseId = submitted.GetProperty("case").GetProperty("id").GetGuid();

        var workflow = host.Get<ICaseWorkflow>();
        var reader = host.Get<ICaseReader>();
        var view = (await reader.GetAsync(caseId, CancellationToken.None))!;
        view = await workflow.AcceptAsync(caseId, view.Version, new CaseActor("t-clerk", "窗口受理员", Region, "zhck"), CancellationToken.None);
        foreach (var step in view.ReviewSteps.Where(s => s.CompletedAt is null))
            view = await workflow.CompleteReviewStepAsync(caseId, view.Version, true, "同意。", new CaseActor("t-unit", "审查员", Region, step.UnitCode),
                CancellationToken.None);
        return await workflow.DecideAsync(caseId, view.Version, true, "符合条件，准予备案。", "企业投资项目核准和备案管理条例",
            new CaseActor("t-unit", "审批员", Region, view.HandlingUnitCode), CancellationToken.None);
    }
}
