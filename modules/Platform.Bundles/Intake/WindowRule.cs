using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Intake;

/// <summary>
/// "1+X" intake: a general window (综合窗口: a window or service centre that is no bundle's zone) takes any
/// bundle of its region; a zone window (专区) takes only the bundles that name it as their zone.
/// </summary>
internal static class WindowRule
{
    public static bool MayTake(OrganisationUnit window, string? bundleZone, IReadOnlySet<string> zonesOfRegion) =>
        window.Code == bundleZone
        || window.Kind is UnitKind.Window or UnitKind.ServiceCentre && !zonesOfRegion.Contains(window.Code);

    public static void Require(OrganisationUnit? window, string? bundleZone, IReadOnlySet<string> zonesOfRegion, string bundleName)
    {
        if (window is null || !MayTake(window, bundleZone, zonesOfRegion))
            throw PlatformProblem.Forbidden("bundle.intake.window_not_allowed",
                $"“{bundleName}”须在综合窗口{(bundleZone is null ? "" : "或其专区窗口")}受理，{window?.Name ?? "您所在单位"}不能受理。");
    }
}
