using Microsoft.Extensions.Configuration;
using Platform.Testing;

namespace Platform.Host.Tests.Hosting;

/// <summary>A config folder of the test's own, holding the deployments it writes.</summary>
internal sealed class TestConfig
{
    public string Directory { get; } = TestCluster.NewDirectory("config");

    public TestConfig Deployment(string name, string yaml)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "deployments"));
        File.WriteAllText(Path.Combine(Directory, "deployments", name + ".yaml"), yaml);
        return this;
    }

    public IConfiguration Configuration(string deployment, string? pluginDirectory = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Platform:ConfigDirectory"] = Directory,
            ["Platform:Deployment"] = deployment,
            ["Platform:PluginDirectory"] = pluginDirectory ?? Path.Combine(AppContext.BaseDirectory, "plugins"),
        }).Build();

    public static string Regions => """
        regions:
          - code: "430600"
            name: 岳阳市
        """;
}
