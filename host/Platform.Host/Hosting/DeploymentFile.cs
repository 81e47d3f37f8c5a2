using Platform.Kernel.Modularity;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Platform.Host.Hosting;

/// <summary>Reads <c>config/deployments/&lt;name&gt;.yaml</c>: the regions served and the plugins enabled.</summary>
internal static class DeploymentFile
{
    public static Deployment Load(string configDirectory, string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\', '.']) >= 0)
            throw new PlatformStartException($"Deployment name '{name}' is not valid: use the file name under config/deployments without .yaml.");
        var path = Path.Combine(configDirectory, "deployments", name + ".yaml");
        if (!File.Exists(path))
        {
            var known = Directory.Exists(Path.GetDirectoryName(path))
                ? string.Join(", ", Directory.GetFiles(Path.GetDirectoryName(path)!, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order())
                : "";
            throw new PlatformStartException($"Deployment '{name}' not found: {path} does not exist. Known deployments: {known}.");
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        DeploymentYaml document;
        try
        {
            document = yaml.Deserialize<DeploymentYaml>(File.ReadAllText(path)) ?? new DeploymentYaml();
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new PlatformStartException($"Deployment file {path} is not valid YAML: {error.Message}");
        }

        if (document.Regions.Count == 0)
            throw new PlatformStartException($"Deployment file {path} names no regions.");
        var regions = document.Regions
            .Select(r => new DeploymentRegion(
                r.Code ?? throw new PlatformStartException($"A region in {path} has no code."),
                r.Name ?? throw new PlatformStartException($"Region {r.Code} in {path} has no name."),
                r.Parent) { DemoReviewUnit = r.DemoReviewUnit })
            .ToList();
        return new Deployment(document.Name ?? name, document.Title ?? name, regions, document.Plugins);
    }

    private sealed class DeploymentYaml
    {
        public string? Name { get; set; }
        public string? Title { get; set; }
        public List<RegionYaml> Regions { get; set; } = [];
        public List<string> Plugins { get; set; } = [];
    }

    private sealed class RegionYaml
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Parent { get; set; }
        public string? DemoReviewUnit { get; set; }
    }
}
