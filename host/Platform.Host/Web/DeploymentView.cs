using Platform.Host.Hosting;

namespace Platform.Host.Web;

internal sealed record DeploymentView(string Name, string Title, IReadOnlyList<RegionView> Regions,
    IReadOnlyList<ModuleView> Modules, IReadOnlyList<ModuleView> Plugins)
{
    public static DeploymentView From(PlatformComposition composition) => new(
        composition.Deployment.Name,
        composition.Deployment.Title,
        composition.Deployment.Regions.Select(r => new RegionView(r.Code, r.Name, r.ParentCode)).ToList(),
        composition.Modules.Where(m => !composition.IsPlugin(m)).Select(ModuleView.From).ToList(),
        composition.Plugins.Select(ModuleView.From).ToList());
}

internal sealed record RegionView(string Code, string Name, string? Parent);

internal sealed record ModuleView(string Name, string Title, string Version)
{
    public static ModuleView From(Platform.Kernel.Modularity.PlatformModule module) => new(module.Name, module.Title, module.Version);
}
