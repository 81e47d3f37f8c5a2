namespace Platform.Identity.Contracts;

/// <summary>What a user may do. A user holds one or more roles; staff roles are scoped to the user's region and unit.</summary>
public enum Role
{
    Applicant,
    WindowClerk,
    DepartmentReviewer,
    DepartmentLeader,
    ParkCommitteeStaff,
    Supervisor,
    RegionAdmin,
    PlatformAdmin,
}
