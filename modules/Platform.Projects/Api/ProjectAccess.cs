using Microsoft.AspNetCore.Http;
using Platform.Cases.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Projects.Contracts;

namespace Platform.Projects.Api;

/// <summary>
/// Who may do what with a project: an enterprise applicant registers projects and files stages of its own; the
/// region's staff see its projects; window clerks accept stages; staff mark key projects and assign agents.
/// </summary>
internal sealed class ProjectAccess(ICurrentActor current, IAccessPolicy policy, IOrganisationDirectory directory)
{
    public string UserId => current.UserId?.ToString() ?? throw PlatformProblem.Forbidden("identity.forbidden", "请先登录。");

    public bool IsEnterpriseApplicant => current.IsInRole(Role.Applicant) && current.EnterpriseId is not null;

    public string EnterpriseCode => current.EnterpriseId ?? throw PlatformProblem.Forbidden("project.enterprise_only", "工程建设项目须由企业申请人登记。");

    public string DisplayName => current.DisplayName;

    public async Task<ProjectView> DemandVisibleAsync(ProjectView? view, CancellationToken cancellationToken)
    {
        var visible = view is not null && (policy.CanSeeRegion(view.RegionCode) || Owns(view));
        await policy.DemandVisibleAsync(visible, "project.not_found", "项目", cancellationToken);
        return view!;
    }

    public bool Owns(ProjectView view) => current.IsInRole(Role.Applicant) && current.EnterpriseId == view.EnterpriseCode;

    public CaseActor DemandApplicant(ProjectView view) =>
        Owns(view) ? new CaseActor(UserId, current.DisplayName, view.RegionCode, null)
            : throw PlatformProblem.Forbidden("identity.forbidden", "只有项目单位可以申报阶段。");

    public async Task<CaseActor> DemandClerkAsync(ProjectView view, CancellationToken cancellationToken)
    {
        if (!current.IsInRole(Role.WindowClerk) || current.RegionCode != view.RegionCode)
            throw PlatformProblem.Forbidden("identity.forbidden", "只有本地区综合窗口人员可以受理阶段申报。");
        return new CaseActor(UserId, current.DisplayName, view.RegionCode, await UnitCodeAsync(cancellationToken));
    }

    public void DemandStaff(ProjectView view)
    {
        if (current.IsInRole(Role.Applicant) || current.RegionCode != view.RegionCode)
            throw PlatformProblem.Forbidden("identity.forbidden", "只有本地区工作人员可以指定重点项目代办员。");
    }

    /// <summary>A reviewer of the project's region recording the opinion of the unit they sit in.</summary>
    public async Task<JointReviews.Reviewer> DemandReviewerAsync(ProjectView view, CancellationToken cancellationToken)
    {
        if (current.IsInRole(Role.Applicant) || current.RegionCode != view.RegionCode || await UnitCodeAsync(cancellationToken) is not { } unit)
            throw PlatformProblem.Forbidden("identity.forbidden", "只有本地区参加联合审查单位的工作人员可以出具意见。");
        return new JointReviews.Reviewer(UserId, current.DisplayName, unit);
    }

    public static int IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            throw new PlatformProblem(428, "project.version_required", "缺少版本号", "须在 If-Match 请求头中给出项目版本号（取自 ETag）。");
        return int.TryParse(header.Trim('"'), out var version)
            ? version
            : throw PlatformProblem.Invalid("project.version_invalid", "If-Match", "If-Match 须为项目的 ETag，例如 \"3\"。");
    }

    public static string IdempotencyKey(HttpRequest request)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        return key.Length is 0 or > 100
            ? throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key", "登记项目须带 Idempotency-Key 请求头（不超过 100 个字符）。")
            : key;
    }

    /// <summary>Stage filings take an Idempotency-Key when the client has one; without it, If-Match alone guards a retry.</summary>
    public static string? OptionalIdempotencyKey(HttpRequest request) =>
        request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } key ? IdempotencyKey(request) : null;

    private async Task<string?> UnitCodeAsync(CancellationToken cancellationToken)
    {
        if (current.UnitId is not { } unitId || current.RegionCode is not { } region) return null;
        return await directory.UnitCodeAsync(region, unitId, cancellationToken);
    }
}
