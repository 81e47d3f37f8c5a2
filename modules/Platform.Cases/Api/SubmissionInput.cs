using Platform.Cases.Domain;
using Platform.Cases.Submission;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Api;

/// <summary>Checks a submission request field by field, collecting every field's error, and turns it into a command.</summary>
internal static class SubmissionInput
{
    /// <summary>The command, or null with <paramref name="errors"/> filled when a field is wrong.</summary>
    public static SubmitCaseCommand? Read(SubmitCaseRequest request, CaseAccess access, FieldErrors errors)
    {
        var region = Required(request.RegionCode, "regionCode", "请选择办理地区。", errors);
        var matter = Required(request.MatterCode, "matterCode", "请选择申请事项。", errors);
        var form = request.Form is { ValueKind: System.Text.Json.JsonValueKind.Object } f ? f.GetRawText() : "{}";
        if (form.Length > 200_000) errors.Add("form", "表单内容过大。");
        var delivery = Delivery.DeliveryChoices.From(request.Delivery, errors, "delivery");
        var materials = (request.Materials ?? []).Select((m, i) => new SubmittedMaterial(
            Required(m.MaterialCode, $"materials[{i}].materialCode", "请指明材料编码。", errors) ?? "", m.FileId, m.LicenceReference)).ToList();

        if (access.IsApplicant)
        {
            var name = string.IsNullOrWhiteSpace(access.DisplayName)
                ? Required(request.Applicant?.Name, "applicant.name", "请填写申请人名称。", errors)
                : access.DisplayName.Trim();
            return errors.Any || region is null || matter is null || name is null ? null
                : new SubmitCaseCommand(region, matter,
                    new ApplicantDetails(access.UserId, name, access.EnterpriseId is null ? "citizen" : "enterprise", access.EnterpriseId),
                    "online", form, materials, Delivery: delivery);
        }

        if (region is not null && !access.IsWindowClerkOf(region))
            throw PlatformProblem.Forbidden("identity.forbidden", "只有申请人本人或本地区窗口人员可以提交申请。");
        var applicant = request.Applicant ?? new ApplicantInput(null, null, null, null);
        var id = Required(applicant.Id, "applicant.id", "请填写申请人证件号码或统一社会信用代码。", errors);
        var applicantName = Required(applicant.Name, "applicant.name", "请填写申请人名称。", errors);
        var kind = Required(applicant.Kind, "applicant.kind", "申请人类型须为 citizen（自然人）或 enterprise（法人）。", errors);
        if (kind is not null and not ("citizen" or "enterprise"))
            errors.Add("applicant.kind", "申请人类型须为 citizen（自然人）或 enterprise（法人）。");
        return errors.Any || region is null || matter is null || id is null || applicantName is null || kind is null ? null
            : new SubmitCaseCommand(region, matter, new ApplicantDetails(id, applicantName, kind, applicant.EnterpriseCode), "window", form, materials, Delivery: delivery);
    }

    private static string? Required(string? value, string field, string rule, FieldErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= 200) return value.Trim();
        errors.Add(field, rule);
        return null;
    }
}
