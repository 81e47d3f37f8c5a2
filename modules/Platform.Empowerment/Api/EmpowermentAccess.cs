using Microsoft.AspNetCore.Http;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Api;

/// <summary>Who may change the lists (the region's admins) and run handovers (park staff, department leaders, admins of the region).</summary>
internal sealed class EmpowermentAccess(ICurrentActor current, IAccessPolicy policy)
{
    public string ActorId => current.UserId?.ToString() ?? current.DisplayName;

    public Task DemandAdministerAsync(string regionCode, CancellationToken cancellationToken) =>
        policy.DemandAdministerRegionAsync(regionCode, cancellationToken);

    public bool CanRunHandover(string regionCode) =>
        current.RegionCode == regionCode
        && (current.IsInRole(Role.ParkCommitteeStaff) || current.IsInRole(Role.DepartmentLeader) || current.IsInRole(Role.RegionAdmin))
        || policy.CanAdministerRegion(regionCode);

    public async Task DemandHandoverAsync(string regionCode, CancellationToken cancellationToken)
    {
        await policy.DemandRegionAsync(regionCode, cancellationToken);
        if (!CanRunHandover(regionCode))
            throw PlatformProblem.Forbidden("identity.forbidden", "只有园区管委会工作人员、部门负责人或本地区管理员可以办理赋权交接。");
    }

    public static int VersionFrom(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            throw new PlatformProblem(428, "empowerment.version.required", "缺少版本号", "交接步骤须在 If-Match 请求头中给出协议版本号（取自 ETag）。");
        var raw = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(raw.Trim('"'), out var version) && version > 0
            ? version
            : throw PlatformProblem.Invalid("empowerment.version.invalid", "If-Match", "If-Match 须为协议的 ETag，例如 \"3\"。");
    }

    public static void RequireIdempotencyKey(HttpRequest request)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (key.Length is 0 or > 100)
            throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key", "新建请求须带 Idempotency-Key 请求头（不超过 100 个字符）。");
    }
}
