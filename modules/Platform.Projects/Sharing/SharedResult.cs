namespace Platform.Projects.Sharing;

/// <summary>
/// A result made once and shared: a project's joint survey (多测合一, kind <c>survey</c>) or a zone's regional
/// assessment (区域评估, kind <c>assessment</c>, valid from its issue date for five years). It stands for the
/// material named <see cref="MaterialName"/> in every member case it reaches.
/// </summary>
internal sealed record SharedResult(Guid Id, string RegionCode, string Kind, Guid? ProjectId, string? Zone, string Name, string MaterialName,
    string Reference, DateOnly ValidFrom, DateOnly? ValidUntil, string RecordedBy, DateTime RecordedAt)
{
    public const string Survey = "survey";
    public const string Assessment = "assessment";

    public string SourceName => Kind == Survey ? $"多测合一成果（{Name}）" : $"区域评估成果（{Zone}，{Name}，有效期至{ValidUntil:yyyy-MM-dd}）";
}
