using Platform.Cases.Domain;
using Platform.Cases.Submission;
using Platform.Kernel.Errors;

namespace Platform.Cases.Api;

/// <summary>Checks a submission request field by field and turns it into a command.</summary>
internal static class SubmissionInput
{
    public static SubmitCaseCommand ToCommand(SubmitCaseRequest request, CaseAccess access)
    {
        var region = Required(request.RegionCode, "regionCode", "请选择办理地区。");
        var matter = Required(request.MatterCode, "matterCode", "请选择申请事项。");
        var form = request.Form is { ValueKind: System.Text.Json.JsonValueKind.Object } f ? f.GetRawText() : "{}";
        if (form.Length > 200_000) throw PlatformProblem.Invalid("case.form.too_large", "form", "表单内容过大。");
        var materials = (request.Materials ?? []).Select((m, i) => new SubmittedMaterial(
            Required(m.MaterialCode, $"materials[{i}].materialCode", "请指明材料编码。"), m.FileId, m.LicenceReference)).ToList();

        if (access.IsApplicant)
        {
            return new SubmitCaseCommand(region, matter,
                new ApplicantDetails(access.UserId, access.DisplayName, access.EnterpriseId is null ? "citizen" : "enterprise", access.EnterpriseId),
                "online", form, materials);
        }

        if (!access.IsWindowClerkOf(region))
            throw PlatformProblem.Forbidden("identity.forbidden", "只有申请人本人或本地区窗口人员可以提交申请。");
        var applicant = request.Applicant ?? throw PlatformProblem.Invalid("case.applicant.required", "applicant", "窗口代为提交须填写申请人信息。");
        var kind = Required(applicant.Kind, "applicant.kind", "申请人类型须为 citizen 或 enterprise。");
        if (kind is not ("citizen" or "enterprise"))
            throw PlatformProblem.Invalid("case.applicant.kind_invalid", "applicant.kind", "申请人类型须为 citizen（自然人）或 enterprise（法人）。");
        return new SubmitCaseCommand(region, matter,
            new ApplicantDetails(Required(applicant.Id, "applicant.id", "请填写申请人证件号码或统一社会信用代码。"),
                Required(applicant.Name, "applicant.name", "请填写申请人名称。"), kind, applicant.EnterpriseCode),
            "window", form, materials);
    }

    private static string Required(string? value, string field, string rule) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 200 ? throw PlatformProblem.Invalid("request.field_invalid", field, rule) : value.Trim();
}
