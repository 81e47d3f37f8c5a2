using Platform.Kernel.Modularity;

namespace Platform.Host.Hosting;

/// <summary>What the host found for one plugin, and why it will or will not load.</summary>
internal sealed record PluginStatus(string Name, string Folder, bool Enabled, bool Present, string Reason);

/// <summary>Finds the deployment's enabled plugins in the plugin folder and loads each in its own context.</summary>
internal static class PluginLoader
{
    public static string AssemblyFileName(string pluginName) => $"Platform.Plugins.{pluginName}.dll";

    public static IReadOnlyList<PluginStatus> Survey(string pluginDirectory, Deployment deployment)
    {
        var present = Directory.Exists(pluginDirectory)
            ? Directory.GetDirectories(pluginDirectory).Select(Path.GetFileName).OfType<string>().ToHashSet()
            : [];
        var names = deployment.Plugins.Concat(present.Except(deployment.Plugins)).ToList();
        return names.Select(name =>
        {
            var enabled = deployment.Plugins.Contains(name);
            var folder = Path.Combine(pluginDirectory, name);
            var hasAssembly = File.Exists(Path.Combine(folder, AssemblyFileName(name)));
            var reason = (enabled, hasAssembly) switch
            {
                (true, true) => $"enabled by deployment {deployment.Name}",
                (true, false) => $"enabled by deployment {deployment.Name}, but {Path.Combine(folder, AssemblyFileName(name))} is missing",
                (false, _) => $"not enabled by deployment {deployment.Name}",
            };
            return new PluginStatus(name, folder, enabled, hasAssembly, reason);
        }).ToList();
    }

    public static IReadOnlyList<PlatformModule> LoadEnabled(string pluginDirectory, Deployment deployment) =>
        deployment.Plugins.Select(name => Load(pluginDirectory, name, deployment.Name)).ToList();

    private static PlatformModule Load(string pluginDirectory, string name, string deploymentName)
    {
        var folder = Path.Combine(pluginDirectory, name);
        var assemblyPath = Path.Combine(folder, AssemblyFileName(name));
        if (!File.Exists(assemblyPath))
            throw new PlatformStartException(
                $"Plugin {name} is enabled by deployment {deploymentName} but {assemblyPath} does not exist. " +
                $"Build the solution (dotnet build) or remove {name} from config/deployments/{deploymentName}.yaml.");
        try
        {
            var context = new PluginLoadContext(name, assemblyPath);
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            var moduleTypes = assembly.GetTypes()
                .Where(t => typeof(PlatformModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsPublic: true })
                .ToList();
            if (moduleTypes.Count != 1)
                throw new PlatformStartException(
                    $"Plugin {name} ({assemblyPath}) must contain exactly one public PlatformModule; it has {moduleTypes.Count}.");
            return (PlatformModule)Activator.CreateInstance(moduleTypes[0])!;
        }
        catch (PlatformStartException)
        {
            throw;
        }
        catch (Exception error) when (error is BadImageFormatException or FileLoadException or FileNotFoundException
                                          or System.Reflection.ReflectionTypeLoadException or TypeLoadException
                                          or MissingMethodException or System.Reflection.TargetInvocationException)
        {
            throw new PlatformStartException($"Plugin {name} in {folder} is broken and cannot load: {error.Message}", error);
        }
    }
}
