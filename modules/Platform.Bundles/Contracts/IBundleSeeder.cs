namespace Platform.Bundles.Contracts;

/// <summary>Lets a plugin seed its region's bundles from YAML it ships (a list of <see cref="BundleDefinition"/> under <c>bundles:</c>).</summary>
public interface IBundleSeeder
{
    /// <summary>Publishes the bundles whose code the region does not have yet, never touching one that exists. Returns how many were added.</summary>
    Task<int> SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken);
}
