using Platform.Bundles.Definitions;
using Platform.Bundles.Domain;
using Platform.Bundles.Intake;
using Platform.Bundles.Submission;
using Platform.Cases.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Bundles.Api;

/// <summary>
/// Turns a caller's bundle application (API or wizard) into a command: an applicant applies for themselves, a window clerk for someone.
/// The applicant's fields and the one form are checked together, so every wrong field is answered at once.
/// </summary>
internal sealed class BundleApplications(BundleAccess access, SubmitBundle submit, BundleCatalogue bundles, IClock clock)
{
    public async Task<Guid> SubmitAsync(SubmitBundleRequest request, string key, CancellationToken cancellationToken)
    {
        if (key.Length is 0 or > 100)
            throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key", "提交申请须带 Idempotency-Key 请求头（不超过 100 个字符），重试时使用同一个值。");
        var errors = new List<CombinedForm.FieldError>();
        var region = Required(request.RegionCode, "regionCode", "请选择办理地区。", errors);
        var bundle = Required(request.BundleCode, "bundleCode", "请选择一件事。", errors);
        CaseApplicant? applicant = null;
        string channel;
        if (access.IsApplicant)
        {
            applicant = new CaseApplicant(access.UserId, access.DisplayName, access.EnterpriseId is null ? "citizen" : "enterprise", access.EnterpriseId);
            channel = "online";
        }
        else if (region is not null && access.IsWindowClerkOf(region))
        {
            var given = request.Applicant ?? new ApplicantRequest(null, null, null, null);
            var id = Required(given.Id, "applicant.id", "请填写申请人证件号码或统一社会信用代码。", errors);
            var name = Required(given.Name, "applicant.name", "请填写申请人名称。", errors);
            var kind = Required(given.Kind, "applicant.kind", "申请人类型须为 citizen（自然人）或 enterprise（法人）。", errors);
            if (kind is not null and not ("citizen" or "enterprise"))
                errors.Add(new("bundle.applicant.kind_invalid", "applicant.kind", "申请人类型须为 citizen（自然人）或 enterprise（法人）。"));
            if (id is not null && name is not null && kind is not null)
                applicant = new CaseApplicant(id, name, kind, string.IsNullOrWhiteSpace(given.EnterpriseCode) ? null : given.EnterpriseCode.Trim());
            channel = "window";
        }
        else throw PlatformProblem.Forbidden("identity.forbidden", "只有申请人本人或本地区窗口人员可以提交申请。");

        var answers = request.Answers ?? [];
        var form = request.Form ?? [];
        if (region is not null && bundle is not null && await bundles.InForceAsync(region, bundle, clock.Now, cancellationToken) is { } version)
            errors.AddRange(CombinedForm.Errors(version.Definition.Fields, (await bundles.GuideAsync(version, answers, cancellationToken)).Fields, form));
        if (errors.Count > 0)
            throw new PlatformProblem(400, errors[0].Code, "请求内容不合规", string.Join(" ", errors.Select(e => e.Rule)))
            {
                Errors = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Rule).ToArray()),
            };

        var command = new SubmitBundleCommand(region!, bundle!, applicant!, channel, answers, form, request.Materials ?? []);
        return await submit.HandleAsync(command, await access.ActorAsync(region!, cancellationToken), key, cancellationToken);
    }

    private static string? Required(string? value, string field, string rule, List<CombinedForm.FieldError> errors)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= 200) return value.Trim();
        errors.Add(new("request.field_invalid", field, rule));
        return null;
    }
}
