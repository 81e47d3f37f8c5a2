using Platform.Cases.Tracking;

namespace Platform.Cases.Contracts;

/// <summary>
/// One box of the case timeline chart: what was done, when, and by whom (a person on staff pages, a unit on public ones).
/// A contract only because the chart component, public as every component is, takes it.
/// </summary>
public sealed record FlowStep(string Title, DateTimeOffset OccurredAt, string Who)
{
    public static IReadOnlyList<FlowStep> Of(IReadOnlyList<TimelineEntry> timeline) =>
        timeline.Select(e => new FlowStep(e.ActionName, e.OccurredAt, e.ActorName)).ToList();

    internal static IReadOnlyList<FlowStep> Of(IReadOnlyList<TrackedStep> steps) =>
        steps.Select(s => new FlowStep(s.ActionName, s.OccurredAt, s.UnitName)).ToList();
}
