using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Host.Tests.Web;

public sealed class DeploymentEndpointTests
{
    [Fact]
    public async Task Should_list_the_five_plugins_as_loaded_when_the_deployment_is_demo()
    {
        await using var host = await PlatformTestHost.StartAsync("demo");

        var deployment = await host.Http.GetFromJsonAsync<JsonElement>("/api/v1/deployment");

        deployment.GetProperty("name").GetString().ShouldBe("demo");
        Names(deployment, "plugins").ShouldBe(["Heshan", "Yandu", "Anshan", "Yueyang", "Linxiang"], ignoreOrder: true);
        Names(deployment, "modules").ShouldContain("Kernel");
        deployment.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("code").GetString())
            .ShouldBe(["440784", "320903", "210300", "430600", "430682"]);
    }

    [Fact]
    public async Task Should_list_exactly_yueyang_and_linxiang_when_the_deployment_is_linxiang()
    {
        await using var host = await PlatformTestHost.StartAsync("linxiang");

        var deployment = await host.Http.GetFromJsonAsync<JsonElement>("/api/v1/deployment");

        Names(deployment, "plugins").ShouldBe(["Yueyang", "Linxiang"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_publish_an_openapi_document_listing_the_platform_endpoints()
    {
        await using var host = await PlatformTestHost.StartAsync("linxiang");

        var document = await host.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/deployment");
        paths.ShouldContain("/healthz");
    }

    [Fact]
    public async Task Should_show_the_regions_on_the_public_home_and_the_programmes_on_the_platform_admins_overview_in_chinese()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:SignInPerMinute=100000");

        var home = await host.Http.GetStringAsync("/");
        using var admin = new CookieBrowser(host);
        await admin.SignInAsync("platform-admin", "Demo@123456");
        var overview = await admin.Client.GetStringAsync("/admin/overview");

        home.ShouldContain("lang=\"zh-CN\"");
        foreach (var region in new[] { "鹤山市", "盐都区", "鞍山市", "岳阳市", "临湘市" })
            home.ShouldContain(region);
        foreach (var programme in new[] { "鹤山 集成审批", "盐都 不见面审批", "鞍山 工程建设项目审批制度改革", "岳阳 一件事一次办", "临湘 园区事园区办" })
            overview.ShouldContain(programme);
    }

    private static List<string?> Names(JsonElement deployment, string property) =>
        deployment.GetProperty(property).EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
}
