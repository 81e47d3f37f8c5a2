using Platform.Identity.Contracts;

namespace Platform.Identity.Demo;

/// <summary>
/// One demo staff account of a region: its account suffix, role, name, the kinds of unit it prefers to sit in, and whether
/// it reviews the demo's example matters (then it sits in the region's <see cref="Platform.Kernel.Modularity.DeploymentRegion.DemoReviewUnit"/>).
/// </summary>
internal sealed record DemoAccount(string Suffix, Role Role, string Title, UnitKind[] PreferredUnits, bool ReviewsExamples = false)
{
    /// <summary>The documented password of every demo account (staff and applicants). Demo deployment only.</summary>
    public const string Password = "Demo@123456";

    public const string PlatformAdminAccount = "platform-admin";

    public static IReadOnlyList<DemoAccount> PerRegion { get; } =
    [
        new("clerk", Role.WindowClerk, "综合窗口受理员", [UnitKind.Window, UnitKind.ServiceCentre, UnitKind.ParkApprovalService]),
        new("reviewer", Role.DepartmentReviewer, "部门审查员", [UnitKind.Bureau], ReviewsExamples: true),
        new("leader", Role.DepartmentLeader, "部门负责人", [UnitKind.Bureau], ReviewsExamples: true),
        new("park", Role.ParkCommitteeStaff, "园区管委会工作人员", [UnitKind.ParkApprovalService, UnitKind.ParkCommittee]),
        new("supervisor", Role.Supervisor, "电子监察员", [UnitKind.ParkSupervisionService, UnitKind.Government]),
        new("admin", Role.RegionAdmin, "地区管理员", [UnitKind.Government]),
    ];

    public static string CitizenPhone(string regionCode) => $"139{regionCode}01";

    public static string EnterpriseCode(string regionCode) => $"91{regionCode}MA0DEMO01X";
}
