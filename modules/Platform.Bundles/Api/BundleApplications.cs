using Platform.Bundles.Intake;
using Platform.Bundles.Submission;
using Platform.Cases.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Api;

/// <summary>Turns a caller's bundle application (API or wizard) into a command: an applicant applies for themselves, a window clerk for someone.</summary>
internal sealed class BundleApplications(BundleAccess access, SubmitBundle submit)
{
    public async Task<Guid> SubmitAsync(SubmitBundleRequest request, string key, CancellationToken cancellationToken)
    {
        if (key.Length is 0 or > 100)
            throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key", "提交申请须带 Idempotency-Key 请求头（不超过 100 个字符），重试时使用同一个值。");
        var region = Required(request.RegionCode, "regionCode", "请选择办理地区。");
        var bundle = Required(request.BundleCode, "bundleCode", "请选择一件事。");
        CaseApplicant applicant;
        string channel;
        if (access.IsApplicant)
        {
            applicant = new CaseApplicant(access.UserId, access.DisplayName, access.EnterpriseId is null ? "citizen" : "enterprise", access.EnterpriseId);
            channel = "online";
        }
        else if (access.IsWindowClerkOf(region))
        {
            var given = request.Applicant ?? throw PlatformProblem.Invalid("bundle.applicant.required", "applicant", "窗口代为提交须填写申请人信息。");
            var kind = Required(given.Kind, "applicant.kind", "申请人类型须为 citizen 或 enterprise。");
            if (kind is not ("citizen" or "enterprise"))
                throw PlatformProblem.Invalid("bundle.applicant.kind_invalid", "applicant.kind", "申请人类型须为 citizen（自然人）或 enterprise（法人）。");
            applicant = new CaseApplicant(Required(given.Id, "applicant.id", "请填写申请人证件号码或统一社会信用代码。"),
                Required(given.Name, "applicant.name", "请填写申请人名称。"), kind, string.IsNullOrWhiteSpace(given.EnterpriseCode) ? null : given.EnterpriseCode.Trim());
            channel = "window";
        }
        else throw PlatformProblem.Forbidden("identity.forbidden", "只有申请人本人或本地区窗口人员可以提交申请。");

        var command = new SubmitBundleCommand(region, bundle, applicant, channel, request.Answers ?? [], request.Form ?? [], request.Materials ?? []);
        return await submit.HandleAsync(command, await access.ActorAsync(region, cancellationToken), key, cancellationToken);
    }

    private static string Required(string? value, string field, string rule) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 200 ? throw PlatformProblem.Invalid("request.field_invalid", field, rule) : value.Trim();
}
