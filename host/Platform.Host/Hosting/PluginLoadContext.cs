using System.Reflection;
using System.Runtime.Loader;

namespace Platform.Host.Hosting;

/// <summary>
/// Loads one plugin and its private packages from its folder. Assemblies the host shares with
/// every plugin (Platform.*, Autofac, the framework, the data stack) are decided by name and
/// left to the default context, so their types are the host's types.
/// </summary>
internal sealed class PluginLoadContext(string pluginName, string mainAssemblyPath)
    : AssemblyLoadContext($"plugin:{pluginName}", isCollectible: false)
{
    private static readonly string[] SharedPrefixes =
        ["Platform.", "Autofac", "Microsoft.", "System.", "Npgsql", "Dapper", "YamlDotNet", "Quartz"];

    private static readonly string[] SharedNames = ["netstandard", "mscorlib"];

    private readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

    public static bool IsShared(AssemblyName name)
    {
        var simple = name.Name ?? "";
        if (simple.StartsWith("Platform.Plugins.", StringComparison.Ordinal)) return false;
        return SharedNames.Contains(simple) || SharedPrefixes.Any(p => simple.StartsWith(p, StringComparison.Ordinal));
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName)) return null;
        var path = resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
