using Npgsql;
using Platform.Cases.Contracts;
using Platform.Empowerment.Lists;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Routing;

/// <summary>
/// Holds every application the park handles to its investment negative list (负面清单) by industry: the form's
/// <c>industryCode</c> (国民经济行业分类, GB/T 4754) is screened against the list's industry codes, and the declared business scope
/// against what the classification cannot name. The park's entry application must state a valid industry code. A project's name
/// is never screened. A refusal names the list line and its basis, before anything is recorded.
/// </summary>
internal sealed class ParkEntryScreen(RegionProgrammes programmes) : IApplicationScreen
{
    public async Task ScreenAsync(NpgsqlTransaction transaction, ApplicationToScreen application, CancellationToken cancellationToken)
    {
        var programme = await programmes.OfAsync(transaction, application.RegionCode);
        if (programme is null || application.HandlingUnitCode != programme.ParkUnitCode) return;
        var form = ApplicationForm.Fields(application.FormJson);
        var given = form.GetValueOrDefault(ApplicationForm.IndustryCode);
        if (given is null && application.MatterCode == programme.EntryMatterCode)
            throw Invalid("empowerment.entry.industry_code_required", "入园申请须填写国民经济行业分类代码（GB/T 4754，如 C3011 或 3011）。");
        var digits = IndustryCode.Digits(given);
        if (given is not null && digits is null)
            throw Invalid("empowerment.entry.industry_code_invalid", $"“{given}”不是国民经济行业分类（GB/T 4754-2017）代码，请填写门类字母加 2–4 位数字（如 C3011）或 2–4 位数字。");
        var list = await ParkLists.NegativeListAsync(transaction, application.RegionCode);
        var prohibiting = NegativeItem.Prohibiting(list, digits, form.GetValueOrDefault(ApplicationForm.BusinessScope));
        if (prohibiting is not null)
            throw new PlatformProblem(422, "empowerment.negative_list.prohibited", "不符合园区准入要求", prohibiting.Refusal)
            {
                Errors = new Dictionary<string, string[]> { ["form.industryCode"] = [prohibiting.Refusal] },
                Extensions = new Dictionary<string, object?> { ["negativeListItem"] = prohibiting.Ordinal },
            };
    }

    private static PlatformProblem Invalid(string code, string rule) =>
        new(422, code, "行业代码不符合要求", rule) { Errors = new Dictionary<string, string[]> { ["form.industryCode"] = [rule] } };
}
