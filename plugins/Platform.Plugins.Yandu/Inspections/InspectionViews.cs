using System.Text.Json;

namespace Platform.Plugins.Yandu.Inspections;

internal sealed record PlanRequest(string? Name, string? Seed, int TargetCount, int InspectorsPerTarget);

internal sealed record ResultRequest(string? Result, string? Findings);

/// <summary>A plan with its seed, its draw, and whether drawing again from the recorded seed gives the same draw.</summary>
internal sealed record PlanView(Guid Id, string Name, string Seed, int TargetCount, int InspectorsPerTarget, int PopulationSize, DateTimeOffset DrawnAt,
    IReadOnlyList<TargetView> Targets, bool Reproducible);

internal sealed record TargetView(int Ordinal, string EnterpriseCode, string EnterpriseName, IReadOnlyList<string> Inspectors, string? Result,
    string? Findings, DateTimeOffset? PublishedAt);

internal sealed record PlanRow(Guid Id, string Name, string Seed, int TargetCount, int InspectorsPerTarget, string Population, string InspectorPool,
    DateTime DrawnAt)
{
    public IReadOnlyList<string> PopulationCodes() => JsonSerializer.Deserialize<List<string>>(Population) ?? [];

    public IReadOnlyList<PoolInspector> Pool() => JsonSerializer.Deserialize<List<PoolInspector>>(InspectorPool) ?? [];
}

internal sealed record TargetRow(int Ordinal, string EnterpriseCode, string EnterpriseName, string Inspectors, string? Result, string? Findings,
    DateTime? PublishedAt)
{
    public TargetView View() => new(Ordinal, EnterpriseCode, EnterpriseName, JsonSerializer.Deserialize<List<string>>(Inspectors) ?? [], Result, Findings,
        PublishedAt is null ? null : new DateTimeOffset(DateTime.SpecifyKind(PublishedAt.Value, DateTimeKind.Utc)));
}
