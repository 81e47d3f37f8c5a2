namespace Platform.Architecture.Tests;

/// <summary>
/// Modules talk through contracts: a module's public surface is its module class and its
/// Contracts namespace, and no module or plugin uses another module's other types.
/// </summary>
public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(PlatformAssemblies.ModuleNames), MemberType = typeof(PlatformAssemblies))]
    public void Should_expose_only_the_module_class_and_contracts_when_a_module_is_not_the_kernel(string assemblyName)
    {
        if (assemblyName == "Platform.Kernel") return;
        var assembly = PlatformAssemblies.Named(assemblyName);

        var stray = assembly.GetExportedTypes()
            .Where(t => t.Namespace != $"{assemblyName}.Contracts" && !(t.Namespace ?? "").StartsWith($"{assemblyName}.Contracts.", StringComparison.Ordinal))
            .Where(t => !typeof(Platform.Kernel.Modularity.PlatformModule).IsAssignableFrom(t))
            .Where(t => !IsRazorPage(t))
            .Select(t => t.FullName)
            .ToList();

        stray.ShouldBeEmpty($"{assemblyName} makes these public outside its Contracts namespace");
    }

    [Theory]
    [MemberData(nameof(PlatformAssemblies.AllNames), MemberType = typeof(PlatformAssemblies))]
    public void Should_use_only_contracts_of_other_modules(string assemblyName)
    {
        var assembly = PlatformAssemblies.Named(assemblyName);

        var violations = TypeReferences.Of(assembly)
            .Where(r => r.Assembly.StartsWith("Platform.", StringComparison.Ordinal) && r.Assembly != "Platform.Kernel" && r.Assembly != assemblyName)
            .Where(r => !r.Type.StartsWith($"{r.Assembly}.Contracts.", StringComparison.Ordinal))
            .Where(r => !r.Type.EndsWith("Module", StringComparison.Ordinal))
            .Select(r => $"{r.Assembly}: {r.Type}")
            .ToList();

        violations.ShouldBeEmpty($"{assemblyName} reaches into another module");
    }

    [Theory]
    [MemberData(nameof(PlatformAssemblies.PluginNames), MemberType = typeof(PlatformAssemblies))]
    public void Should_reference_only_the_kernel_modules_and_its_own_packages_when_it_is_a_plugin(string assemblyName)
    {
        var assembly = PlatformAssemblies.Named(assemblyName);
        var coreModules = PlatformAssemblies.Modules.Select(a => a.GetName().Name!).ToHashSet();

        var forbidden = assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => name.StartsWith("Platform.", StringComparison.Ordinal) && !coreModules.Contains(name))
            .ToList();

        forbidden.ShouldBeEmpty($"{assemblyName} references the host or another plugin");
    }

    [Fact]
    public void Should_find_every_plugin_and_core_module()
    {
        PlatformAssemblies.Plugins.Count.ShouldBe(5);
        PlatformAssemblies.Modules.Select(a => a.GetName().Name).ShouldContain("Platform.Kernel");
    }

    /// <summary>Razor makes components, and the class behind _Imports.razor, public; they are pages, not an API.</summary>
    private static bool IsRazorPage(Type type) =>
        typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(type) || type.Name == "_Imports";
}
