using Npgsql;
using Platform.Cases.Contracts;
using Platform.Empowerment.Lists;
using Platform.Kernel.Time;

namespace Platform.Empowerment.Routing;

/// <summary>
/// Sends a new application for an empowered matter to the park's approval-service unit from the entry's effective instant until it
/// is revoked, when it falls in the park's area (a park enterprise, or a project on a park parcel); its results carry the park's
/// approval seal, and the original department countersigns (见章盖章) where another body requires its seal. Applications outside the
/// area stay with the department. Cases already running are never re-routed: routing happens at submission.
/// </summary>
internal sealed class ParkRouter(RegionProgrammes programmes) : IHandlingUnitRouter
{
    public async Task<HandlingUnitRoute?> RouteAsync(NpgsqlTransaction transaction, RoutingRequest request, CancellationToken cancellationToken)
    {
        // Entries belong to a programme: a region without one has nothing to route.
        if (await programmes.OfAsync(transaction, request.RegionCode) is not { } programme) return null;
        var entry = await EntryStore.HoldingAsync(transaction, request.RegionCode, request.MatterCode, request.At);
        if (entry is null) return null;
        var site = ApplicationForm.Fields(request.FormJson).GetValueOrDefault(ApplicationForm.ProjectSite);
        if (!await ParkArea.CoversAsync(transaction, request.RegionCode, request.Applicant.EnterpriseCode, site)) return null;
        var since = BusinessTime.ToBusinessTime(entry.EffectiveAt!.Value);
        return new HandlingUnitRoute(entry.ToUnitCode, programme.SealReference, entry.CountersignRequired ? entry.FromUnitCode : null,
            $"{ChineseNames.Batch(entry.BatchNumber)}赋权：自{since:yyyy年M月d日 HH:mm}起由{programme.ParkName}办理园区企业和园区项目的申请（{ChineseNames.Of(entry.Mode)}）");
    }
}
