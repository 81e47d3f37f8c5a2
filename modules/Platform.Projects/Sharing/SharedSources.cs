using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Time;
using Platform.Projects.Register;
using Platform.Projects.Stages;

namespace Platform.Projects.Sharing;

/// <summary>
/// Which of a member matter's materials a shared result stands for when the member case is opened: the project's
/// joint survey results and its zone's regional assessments valid today, matched by material name. A material the
/// applicant uploaded is its own; the rest are handed to the case engine as satisfied by their shared source.
/// </summary>
internal sealed class SharedSources(NpgsqlDataSource dataSource, MemberMaterials materials, IClock clock)
{
    public async Task<IReadOnlyDictionary<string, SharedMaterialMatch>> ForAsync(ProjectRow project, string matterCode,
        IReadOnlyDictionary<string, Guid> uploaded, CancellationToken cancellationToken)
    {
        IReadOnlyList<SharedResult> results;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            results = await SharedResultStore.ReachingAsync(connection, project.RegionCode, project.Id, project.Zone, BusinessTime.DateOf(clock.Now));
        var found = new Dictionary<string, SharedMaterialMatch>();
        if (results.Count == 0) return found;
        foreach (var (code, name) in await materials.CodesAsync(project.RegionCode, matterCode, cancellationToken))
        {
            if (uploaded.ContainsKey(name) || results.FirstOrDefault(r => r.MaterialName == name) is not { } result) continue;
            found[code] = new SharedMaterialMatch(result.SourceName, result.Reference);
        }

        return found;
    }
}
