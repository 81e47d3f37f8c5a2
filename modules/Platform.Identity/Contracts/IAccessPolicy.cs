namespace Platform.Identity.Contracts;

/// <summary>
/// Every scope decision of the platform, in one place. The <c>Can…</c> methods answer; the
/// <c>Demand…</c> methods record a denial and throw: 403 <c>identity.forbidden</c> when the caller
/// named the region itself (region codes are public), 404 with the caller's <paramref name="notFoundCode"/>
/// when the caller named a record by id, so another region's records do not exist for them.
/// </summary>
public interface IAccessPolicy
{
    bool CanSeeRegion(string regionCode);

    bool CanAdministerRegion(string regionCode);

    /// <summary>Staff act on a case routed to their own unit; supervisors and admins of the region see it but do not act.</summary>
    bool CanActOnCase(string regionCode, Guid unitId);

    bool CanSeeApplicantCase(Guid applicantId, string? enterpriseId);

    Task DemandRegionAsync(string regionCode, CancellationToken cancellationToken);

    Task DemandAdministerRegionAsync(string regionCode, CancellationToken cancellationToken);

    /// <summary>Throws a 404 problem with <paramref name="notFoundCode"/> unless <paramref name="allowed"/>; records the denial.</summary>
    Task DemandVisibleAsync(bool allowed, string notFoundCode, string what, CancellationToken cancellationToken);
}
