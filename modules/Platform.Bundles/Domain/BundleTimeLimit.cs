using Platform.Calendar.Contracts;

namespace Platform.Bundles.Domain;

/// <summary>
/// The limit a bundle case is held to: the bundle's committed limit, or the longest limit among the matters the applicant's
/// situation selected when that is shorter (水电气报装: water and gas only → 15 working days, not the 70 that 10 kV power needs).
/// Member limits in another unit than the bundle's cannot be compared, so the bundle's own limit stands then.
/// </summary>
internal static class BundleTimeLimit
{
    public static TimeLimit Of(TimeLimit bundleLimit, IReadOnlyCollection<TimeLimit> memberLimits)
    {
        if (memberLimits.Count == 0 || memberLimits.Any(m => m.Unit != bundleLimit.Unit)) return bundleLimit;
        var longest = memberLimits.Max(m => m.Amount);
        return longest < bundleLimit.Amount ? bundleLimit with { Amount = longest } : bundleLimit;
    }

    /// <summary>
    /// The limit a member runs on inside the bundle: the bundle's (its members run in parallel, so each may take the whole promise),
    /// or the member's own when that is shorter. A member limit in another unit cannot be compared and yields to the bundle's.
    /// </summary>
    public static TimeLimit ForMember(TimeLimit bundleLimit, TimeLimit memberLimit) =>
        memberLimit.Unit == bundleLimit.Unit && memberLimit.Amount < bundleLimit.Amount ? memberLimit : bundleLimit;
}
