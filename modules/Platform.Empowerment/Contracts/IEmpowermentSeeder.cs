namespace Platform.Empowerment.Contracts;

/// <summary>Lets a plugin seed its park programme (批次, 赋权清单, 负面清单, 责任清单, 交接协议范本) from YAML it ships.</summary>
public interface IEmpowermentSeeder
{
    /// <summary>
    /// Writes the programme of <paramref name="yaml"/> when the region has none yet; never touches an existing one,
    /// so an admin's changes survive restarts. A seed entry in an excluded category stops the start.
    /// </summary>
    Task SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken);
}
