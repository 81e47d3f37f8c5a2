using Platform.Cases.Contracts;
using Platform.Identity.Contracts;

namespace Platform.Cases.Tracking;

/// <summary>Tracking without an account (the API and the 办件查询 page): the case number and its query code must both match.</summary>
internal sealed class CaseTracking(CaseQueries queries, IOrganisationDirectory directory)
{
    private const string Applicant = "申请人";

    public async Task<TrackedCase?> TrackAsync(string number, string queryCode, CancellationToken cancellationToken)
    {
        if (await queries.TrackAsync(number, queryCode, cancellationToken) is not { } view) return null;
        var units = (await directory.UnitsAsync(view.RegionCode, cancellationToken)).ToDictionary(u => u.Code, u => u.Name);
        var steps = view.Timeline.Select(e => new TrackedStep(e.OccurredAt, e.Action, e.ActionName,
            e.UnitCode is { } unit ? units.GetValueOrDefault(unit, "办理单位") : Applicant)).ToList();
        return new TrackedCase(view.Number, view.MatterName, MaskedName.Of(view.ApplicantName), view.State, view.StateName,
            view.SubmittedAt, view.AcceptedAt, view.DecidedAt, view.DeliveredAt, view.Deadline, steps, view.NextForApplicant);
    }
}
