namespace Platform.Catalogue.Contracts;

/// <summary>Lets a plugin seed its region's first catalogue from YAML it ships.</summary>
public interface ICatalogueSeeder
{
    /// <summary>
    /// Publishes the matters of <paramref name="yaml"/> (a catalogue document) whose code the region
    /// does not have yet; never touches a matter that exists, so an admin's edits survive restarts.
    /// Returns the number of matters added.
    /// </summary>
    Task<int> SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken);
}
