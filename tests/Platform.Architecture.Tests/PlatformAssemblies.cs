using System.Reflection;
using Microsoft.Extensions.Configuration;
using Platform.Host.Hosting;

namespace Platform.Architecture.Tests;

/// <summary>Every module and plugin assembly of the demo deployment, which enables all plugins.</summary>
internal static class PlatformAssemblies
{
    private static readonly Lazy<PlatformComposition> Composition = new(() => PlatformComposition.Load(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Platform:Deployment"] = "demo" }).Build()));

    public static IReadOnlyList<Assembly> Modules =>
        Composition.Value.Modules.Where(m => !Composition.Value.IsPlugin(m)).Select(m => m.GetType().Assembly).ToList();

    public static IReadOnlyList<Assembly> Plugins => Composition.Value.Plugins.Select(p => p.GetType().Assembly).ToList();

    public static Assembly Named(string name) => Modules.Concat(Plugins).Single(a => a.GetName().Name == name);

    public static TheoryData<string> ModuleNames() => [.. Modules.Select(a => a.GetName().Name!)];

    public static TheoryData<string> PluginNames() => [.. Plugins.Select(a => a.GetName().Name!)];

    public static TheoryData<string> AllNames() => [.. Modules.Concat(Plugins).Select(a => a.GetName().Name!)];
}
