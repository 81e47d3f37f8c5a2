using Platform.Cases.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Projects.Stages;

/// <summary>
/// Reads the member matters from the catalogue: their names, whether they allow notification-commitment, and
/// which of the stage's one set of materials (by name) goes to which material code (M01, M02… in the version's list).
/// </summary>
internal sealed class MemberMaterials(ICatalogue catalogue, IClock clock)
{
    public async Task<string> MatterNameAsync(string regionCode, string matterCode, CancellationToken cancellationToken) =>
        (await InForceAsync(regionCode, matterCode, cancellationToken)).Definition.Name;

    /// <summary>The unit that implements the matter (its department code in the catalogue).</summary>
    public async Task<string> DepartmentAsync(string regionCode, string matterCode, CancellationToken cancellationToken) =>
        (await InForceAsync(regionCode, matterCode, cancellationToken)).Definition.Department;

    public async Task<bool> AllowsTolerantAsync(string regionCode, string matterCode, CancellationToken cancellationToken) =>
        (await InForceAsync(regionCode, matterCode, cancellationToken)).Definition.TolerantAcceptance;

    public async Task<bool> AllowsCommitmentAsync(string regionCode, string matterCode, CancellationToken cancellationToken) =>
        (await InForceAsync(regionCode, matterCode, cancellationToken)).Definition.NotificationCommitment;

    public async Task<IReadOnlyList<CaseMaterialInput>> ForAsync(string regionCode, string matterCode, IReadOnlyDictionary<string, Guid> byName,
        CancellationToken cancellationToken) =>
        (await CodesAsync(regionCode, matterCode, cancellationToken))
            .Select(m => byName.TryGetValue(m.Name, out var file) ? new CaseMaterialInput(m.Code, file, null) : null)
            .OfType<CaseMaterialInput>().ToList();

    /// <summary>The matter's materials with their positional codes (M01, M02…) in the version in force.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> CodesAsync(string regionCode, string matterCode, CancellationToken cancellationToken) =>
        (await InForceAsync(regionCode, matterCode, cancellationToken)).Definition.Materials.Select((m, i) => ($"M{i + 1:D2}", m.Name)).ToList();

    /// <summary>Every distinct material the stage's member matters ask for, in order, for the stage's one upload list.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string regionCode, IEnumerable<string> matterCodes, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var code in matterCodes)
            names.AddRange((await InForceAsync(regionCode, code, cancellationToken)).Definition.Materials.Select(m => m.Name));
        return names.Distinct().ToList();
    }

    private async Task<MatterVersion> InForceAsync(string regionCode, string matterCode, CancellationToken cancellationToken) =>
        await catalogue.InForceAsync(regionCode, matterCode, clock.Now, cancellationToken)
        ?? throw PlatformProblem.Invalid("project.matter_not_published", "stage", $"阶段事项 {matterCode} 在地区 {regionCode} 没有正在施行的版本。");
}
