namespace Platform.Projects.Contracts;

/// <summary>
/// A joint review of a stage (联合审图, 联合验收) held as one step: the participating units, one opinion each, its own
/// working-day deadline, and its conclusion once every opinion is in (fail if any unit failed it). ETag = <see cref="Version"/>.
/// </summary>
public sealed record JointReviewView(Guid Id, Guid ProjectId, int Ordinal, string Kind, string Name, IReadOnlyList<string> Units, int CommittedWorkingDays,
    DateTimeOffset OpenedAt, DateOnly DueDate, string Warning, DateTimeOffset? ConcludedAt, string? Conclusion, string ConclusionName, int Version,
    IReadOnlyList<JointReviewOpinionView> Opinions)
{
    public IEnumerable<string> PendingUnits => Units.Where(u => Opinions.All(o => o.UnitCode != u));
}
