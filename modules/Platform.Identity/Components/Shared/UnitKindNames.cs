using Platform.Identity.Contracts;

namespace Platform.Identity.Components.Shared;

/// <summary>Chinese names of unit kinds and roles, for the admin pages.</summary>
internal static class UnitKindNames
{
    public static string Of(string kind) => Enum.TryParse<UnitKind>(kind, out var parsed) ? Of(parsed) : kind;

    public static string Of(UnitKind kind) => kind switch
    {
        UnitKind.Government => "人民政府",
        UnitKind.Bureau => "部门",
        UnitKind.ServiceCentre => "政务服务中心",
        UnitKind.Window => "窗口",
        UnitKind.Town => "镇街",
        UnitKind.ParkCommittee => "园区管委会",
        UnitKind.ParkApprovalService => "园区审批服务",
        UnitKind.ParkSupervisionService => "园区监管服务",
        _ => "其他",
    };

    public static string Role(string role) => role switch
    {
        nameof(Contracts.Role.Applicant) => "申请人",
        nameof(Contracts.Role.WindowClerk) => "窗口受理员",
        nameof(Contracts.Role.DepartmentReviewer) => "部门审查员",
        nameof(Contracts.Role.DepartmentLeader) => "部门负责人",
        nameof(Contracts.Role.ParkCommitteeStaff) => "园区工作人员",
        nameof(Contracts.Role.Supervisor) => "监察员",
        nameof(Contracts.Role.RegionAdmin) => "地区管理员",
        nameof(Contracts.Role.PlatformAdmin) => "平台管理员",
        _ => role,
    };
}
