using Platform.Cases.Contracts;
using Platform.Empowerment.Api;
using Platform.Empowerment.Handover;
using Platform.Identity.Contracts;

namespace Platform.Empowerment.Lists;

/// <summary>What the park committee's workbench shows: its queue of empowered cases, the handover board, the batches.</summary>
internal sealed class ParkWorkbench(ProgrammeStore programmes, ICaseReader cases, AgreementViews agreements,
    PendingHandovers pending, ParkLists lists, EmpowermentAccess access)
{
    public async Task<WorkbenchData?> ForAsync(ICurrentActor actor, int queuePage, int boardPage, CancellationToken cancellationToken)
    {
        if (actor.RegionCode is not { } region || !access.CanRunHandover(region)) return null;
        var programme = await programmes.GetAsync(region, cancellationToken);
        return new WorkbenchData(programme,
            await cases.UnitQueueAsync(region, programme.ParkUnitCode, queuePage, 20, cancellationToken),
            await agreements.PageAsync(region, boardPage, 20, cancellationToken),
            await pending.OfRegionAsync(region, cancellationToken),
            await lists.BatchesAsync(region, cancellationToken));
    }
}
