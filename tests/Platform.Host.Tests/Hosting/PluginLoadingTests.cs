using Microsoft.Extensions.Configuration;
using Platform.Host.Hosting;
using Platform.Testing;

namespace Platform.Host.Tests.Hosting;

public sealed class PluginLoadingTests
{
    private static IConfiguration Shipped(string deployment) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Platform:Deployment"] = deployment }).Build();

    [Fact]
    public void Should_load_all_five_programmes_when_the_deployment_is_demo()
    {
        var composition = PlatformComposition.Load(Shipped("demo"));

        composition.Plugins.Select(p => p.Name).ShouldBe(["Heshan", "Yandu", "Anshan", "Yueyang", "Linxiang"], ignoreOrder: true);
        composition.Plugins.ShouldAllBe(p => p.GetType().Assembly.GetName().Name!.StartsWith("Platform.Plugins."));
    }

    [Fact]
    public void Should_load_exactly_the_enabled_plugins_when_the_deployment_names_two()
    {
        var composition = PlatformComposition.Load(Shipped("linxiang"));

        composition.Plugins.Select(p => p.Name).ShouldBe(["Yueyang", "Linxiang"], ignoreOrder: true);
        composition.Modules.Select(m => m.Name).ShouldNotContain("Heshan");
    }

    [Fact]
    public void Should_load_each_plugin_into_its_own_context_sharing_the_kernel()
    {
        var composition = PlatformComposition.Load(Shipped("demo"));

        var contexts = composition.Plugins.Select(p => System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(p.GetType().Assembly)!.Name ?? "").ToList();
        contexts.ShouldBe(composition.Plugins.Select(p => $"plugin:{p.Name}").ToList());
        composition.Plugins.ShouldAllBe(p => p is Platform.Kernel.Modularity.PlatformModule);
    }

    [Fact]
    public void Should_put_plugins_after_the_core_modules_they_depend_on()
    {
        var composition = PlatformComposition.Load(Shipped("demo"));
        var names = composition.Modules.Select(m => m.Name).ToList();

        names.IndexOf("Kernel").ShouldBeLessThan(names.IndexOf("Identity"));
        composition.Plugins.ShouldAllBe(p => names.IndexOf(p.Name) > names.IndexOf("Identity"));
    }

    [Fact]
    public void Should_stop_naming_the_plugin_when_its_folder_is_missing()
    {
        var config = new TestConfig().Deployment("ghost", TestConfig.Regions + "\nplugins: [Yueyang, Ghost]\n");

        var error = Should.Throw<PlatformStartException>(() => PlatformComposition.Load(config.Configuration("ghost")));

        error.Message.ShouldContain("Plugin Ghost");
        error.Message.ShouldContain("ghost.yaml");
    }

    [Fact]
    public void Should_stop_naming_the_plugin_when_its_assembly_is_broken()
    {
        var plugins = TestCluster.NewDirectory("plugins");
        Directory.CreateDirectory(Path.Combine(plugins, "Broken"));
        File.WriteAllText(Path.Combine(plugins, "Broken", "Platform.Plugins.Broken.dll"), "this is not an assembly");
        var config = new TestConfig().Deployment("broken", TestConfig.Regions + "\nplugins: [Broken]\n");

        var error = Should.Throw<PlatformStartException>(() => PlatformComposition.Load(config.Configuration("broken", plugins)));

        error.Message.ShouldContain("Plugin Broken");
        error.Message.ShouldContain("broken");
    }

    [Fact]
    public void Should_report_a_present_but_disabled_plugin_as_skipped()
    {
        var deployment = PlatformComposition.DeploymentFrom(Shipped("linxiang"));

        var survey = PluginLoader.Survey(Path.Combine(AppContext.BaseDirectory, "plugins"), deployment);

        survey.Single(p => p.Name == "Heshan").ShouldSatisfyAllConditions(
            p => p.Enabled.ShouldBeFalse(),
            p => p.Reason.ShouldBe("not enabled by deployment linxiang"));
        survey.Where(p => p.Enabled).Select(p => p.Name).ShouldBe(["Yueyang", "Linxiang"]);
    }

    [Fact]
    public void Should_name_the_known_deployments_when_the_chosen_one_does_not_exist()
    {
        var error = Should.Throw<PlatformStartException>(() => PlatformComposition.Load(Shipped("nowhere")));

        error.Message.ShouldContain("nowhere");
        error.Message.ShouldContain("demo");
        error.Message.ShouldContain("linxiang");
    }
}
