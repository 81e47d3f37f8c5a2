namespace Platform.Projects.Contracts;

/// <summary>
/// Lets a plugin seed its construction-project programme from YAML it ships: categories with their chain caps and
/// four stage templates, the red/black list, the intermediary-service list.
/// </summary>
public interface IProjectSeeder
{
    /// <summary>Writes the programme when the region has no categories yet, so an admin's later changes survive restarts.</summary>
    Task SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken);
}
