using Microsoft.Extensions.Configuration;
using Platform.Kernel.Modularity;

namespace Platform.Host.Hosting;

/// <summary>The deployment and the modules it runs: the core modules plus its enabled plugins, in dependency order.</summary>
internal sealed class PlatformComposition
{
    private PlatformComposition(Deployment deployment, string configDirectory, string pluginDirectory,
        IReadOnlyList<PlatformModule> modules, IReadOnlyList<PlatformModule> plugins)
    {
        Deployment = deployment;
        ConfigDirectory = configDirectory;
        PluginDirectory = pluginDirectory;
        Modules = modules;
        Plugins = plugins;
    }

    public Deployment Deployment { get; }
    public string ConfigDirectory { get; }
    public string PluginDirectory { get; }

    /// <summary>Every module, core and plugin, in the order they are registered, migrated and seeded.</summary>
    public IReadOnlyList<PlatformModule> Modules { get; }

    public IReadOnlyList<PlatformModule> Plugins { get; }

    public bool IsPlugin(PlatformModule module) => Plugins.Contains(module);

    public static string ConfigDirectoryFrom(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Platform:ConfigDirectory"] ?? Path.Combine(AppContext.BaseDirectory, "config"));

    public static string PluginDirectoryFrom(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Platform:PluginDirectory"] ?? Path.Combine(AppContext.BaseDirectory, "plugins"));

    public static Deployment DeploymentFrom(IConfiguration configuration) =>
        DeploymentFile.Load(ConfigDirectoryFrom(configuration), configuration["Platform:Deployment"] ?? "demo");

    public static PlatformComposition Load(IConfiguration configuration)
    {
        var configDirectory = ConfigDirectoryFrom(configuration);
        var pluginDirectory = PluginDirectoryFrom(configuration);
        var deployment = DeploymentFrom(configuration);
        var plugins = PluginLoader.LoadEnabled(pluginDirectory, deployment);
        IReadOnlyList<PlatformModule> ordered;
        try
        {
            ordered = ModuleGraph.Order([.. CoreModules.Create(), .. plugins]);
        }
        catch (ModuleGraphException error)
        {
            throw new PlatformStartException(error.Message, error);
        }

        var context = new ModuleContext(deployment, configuration, configDirectory);
        foreach (var module in ordered) module.Attach(context);
        return new PlatformComposition(deployment, configDirectory, pluginDirectory, ordered, plugins);
    }
}
